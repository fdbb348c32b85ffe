/** Serialises a header or cookie parameter value (`simple` / `form`), refusing CR, LF and other control characters. */
import type { ParameterBinding } from '../operation-plan';
import { UnsafeValueError } from './unsafe-value-error';

// Control characters (C0 except tab, and DEL) would split or forge headers: never sent.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0008\u000a-\u001f\u007f]/;

/** Throws UnsafeValueError when the text holds a control character. */
export function assertNoControlCharacters(text: string, what: string): void {
  if (controlCharacters.test(text)) {
    throw new UnsafeValueError({ message: `${what} must not contain CR, LF or other control characters` });
  }
}

/** Returns the header value (or, for cookies, the cookie value, percent-encoded). */
export function serializeHeaderParameter(options: { binding: ParameterBinding; value: unknown }): string {
  const { binding, value } = options;
  const cookie = binding.in === 'cookie';
  const item = (part: unknown): string => {
    const text = String(part ?? '');
    assertNoControlCharacters(text, cookie ? 'a cookie value' : 'a header value');
    if (!cookie && /[^\u0000-\u00ff]/.test(text)) {
      throw new UnsafeValueError({ message: 'a header value must not contain characters outside Latin-1' });
    }
    // Cookie values may not hold `;`, `,` or spaces: they are percent-encoded so a value cannot add cookies.
    return cookie ? encodeURIComponent(text) : text;
  };
  if (binding.contentType) return item(JSON.stringify(value));
  if (Array.isArray(value)) return value.map(item).join(',');
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, part]) => part !== undefined);
    return binding.explode
      ? entries.map(([key, part]) => `${item(key)}=${item(part)}`).join(',')
      : entries.flatMap(([key, part]) => [item(key), item(part)]).join(',');
  }
  return item(value);
}
