/** The GET operations of the GitHub spec whose 200 response has a JSON example, with the example and its list. */
import { readPointer } from '../../packages/core/src/load/json-pointer';

/** One operation with the first JSON example of its success response. */
export interface ExampleOperation {
  path: string;
  operationId?: string;
  example: unknown;
  /** Where the example's list is (keys from the top; [] for a top-level array), when it has one. */
  listPath?: string[];
}

/** Every GET operation of `document` with a JSON example for 200, in spec order. */
export function githubListExamples(document: Record<string, unknown>): ExampleOperation[] {
  const resolve = (node: unknown): unknown => {
    let current = node;
    for (let depth = 0; depth < 16 && current !== null && typeof current === 'object'; depth++) {
      const ref = (current as { $ref?: unknown }).$ref;
      if (typeof ref !== 'string' || !ref.startsWith('#/')) return current;
      current = readPointer(document, ref);
    }
    return current;
  };
  const out: ExampleOperation[] = [];
  for (const [path, item] of Object.entries((document.paths ?? {}) as Record<string, Record<string, unknown>>)) {
    const operation = item?.get as Record<string, unknown> | undefined;
    if (!operation) continue;
    const response = resolve((operation.responses as Record<string, unknown> | undefined)?.['200']) as Record<string, unknown> | undefined;
    const media = (response?.content as Record<string, Record<string, unknown>> | undefined)?.['application/json'];
    if (!media) continue;
    const first = media.example ?? Object.values((media.examples ?? {}) as Record<string, unknown>).map((entry) => (resolve(entry) as { value?: unknown })?.value)[0];
    if (first === undefined || first === null) continue;
    out.push({
      path,
      ...(typeof operation.operationId === 'string' ? { operationId: operation.operationId } : {}),
      example: first,
      ...listPathOf(first),
    });
  }
  return out;
}

/** The top-level array, or the largest array field of a `{ total_count, … }` object (GitHub's wrapped lists). */
function listPathOf(value: unknown): { listPath?: string[] } {
  if (Array.isArray(value)) return value.length > 0 ? { listPath: [] } : {};
  if (value === null || typeof value !== 'object' || !('total_count' in value)) return {};
  let best: { key: string; size: number } | undefined;
  for (const [key, field] of Object.entries(value)) {
    if (!Array.isArray(field) || field.length === 0 || typeof field[0] !== 'object') continue;
    const size = JSON.stringify(field).length;
    if (!best || size > best.size) best = { key, size };
  }
  return best ? { listPath: [best.key] } : {};
}
