/** JSON pointers (RFC 6901): build them from segments and read the value they point at. */

/** Escapes one pointer segment (`~` -> `~0`, `/` -> `~1`). */
export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Joins segments into a pointer: `['paths', '/pets', 'get']` -> `/paths/~1pets/get`. */
export function toPointer(segments: Array<string | number>): string {
  return segments.map((segment) => `/${escapePointerSegment(String(segment))}`).join('');
}

/** Splits a pointer (with or without a leading `#`, percent-encoded or not) into unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  let text = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  if (text.includes('%')) {
    try {
      text = decodeURIComponent(text);
    } catch {
      // keep the raw text: a literal % that is not an escape
    }
  }
  if (text === '' || text === '/') return text === '/' ? [''] : [];
  return text
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value at `pointer` in `document`, or undefined when the path does not exist. */
export function readPointer(document: unknown, pointer: string): unknown {
  let current: unknown = document;
  for (const segment of pointerSegments(pointer)) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}
