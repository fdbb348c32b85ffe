/** Serialises one path parameter value (`simple`, `label`, `matrix`), always as exactly one path segment. */
import type { ParameterBinding } from '../operation-plan';
import { encodeParameterValue } from './encode-parameter-value';
import { UnsafeValueError } from './unsafe-value-error';

/** Fully percent-decodes a value (a few rounds), so `%252e%252e` is seen as `..`. */
function decodeFully(value: string): string {
  let current = value;
  for (let round = 0; round < 4; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return current;
    }
    if (next === current) return current;
    current = next;
  }
  return current;
}

/** Refuses values a server could read as a path step: empty, `.`, `..` and their encodings. */
function checkSegment(value: string): void {
  if (value === '') throw new UnsafeValueError({ message: 'must not be empty' });
  // Only values made of dots, spaces and percent-escapes can decode to `.` or `..`.
  if (!/^[\s.%0-9a-fA-F]+$/.test(value)) return;
  const decoded = decodeFully(value).trim();
  if (decoded === '.' || decoded === '..') {
    throw new UnsafeValueError({ message: `"${value}" is not allowed as a path value (it would change the path)` });
  }
}

const encode = (value: unknown): string => {
  checkSegment(String(value));
  // encodeURIComponent leaves . ! ' ( ) * ~ alone; `.` is safe inside a longer value, the others are encoded
  // so that a value never carries characters with meaning in some routers.
  return encodeParameterValue(value).replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
};

/** Returns the text that replaces `{name}` in the path template. */
export function serializePathParameter(options: { binding: ParameterBinding; value: unknown }): string {
  const { binding, value } = options;
  const style = binding.style || 'simple';
  const explode = binding.explode;
  const prefix = style === 'label' ? '.' : style === 'matrix' ? `;${encodeURIComponent(binding.name)}=` : '';
  if (binding.contentType) return prefix + encode(JSON.stringify(value));
  if (Array.isArray(value)) {
    const items = value.map(encode);
    if (style === 'label') return `.${items.join(explode ? '.' : ',')}`;
    if (style === 'matrix') {
      return explode
        ? items.map((item) => `;${encodeURIComponent(binding.name)}=${item}`).join('')
        : `${prefix}${items.join(',')}`;
    }
    return items.join(',');
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    if (explode) {
      const pairs = entries.map(([key, item]) => `${encode(key)}=${encode(item)}`);
      if (style === 'label') return `.${pairs.join('.')}`;
      if (style === 'matrix') return pairs.map((pair) => `;${pair}`).join('');
      return pairs.join(',');
    }
    return prefix + entries.flatMap(([key, item]) => [encode(key), encode(item)]).join(',');
  }
  return prefix + encode(value);
}
