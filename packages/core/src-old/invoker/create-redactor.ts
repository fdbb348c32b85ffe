/** Masks credentials in everything a call gives back: URLs, messages, response bodies that echo a request. */

import { encodeBase64 } from './encode-base64';

/** Replaces every known secret (and its URL-, JSON- and base64-encoded forms) with `***`. */
export interface Redactor {
  /** True when there is nothing to mask. */
  readonly empty: boolean;
  text(text: string): string;
  /** Masks every string inside a JSON-like value (returns a copy when something changed). */
  value<T>(value: T): T;
}

const mask = '***';
/** Secrets shorter than this are not masked: masking "ab" everywhere would wreck every response. */
const minimumSecretLength = 4;

/** Creates a redactor for one call's secrets. */
export function createRedactor(secrets: Iterable<string>): Redactor {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (secret.length < minimumSecretLength) continue;
    forms.add(secret);
    forms.add(encodeURIComponent(secret));
    forms.add(encodeURIComponent(secret).replace(/%20/g, '+'));
    forms.add(JSON.stringify(secret).slice(1, -1));
    forms.add(encodeBase64(secret).replace(/=+$/, ''));
  }
  // Longest first, so a secret that contains another is masked whole.
  const ordered = [...forms].filter((form) => form.length >= minimumSecretLength).sort((a, b) => b.length - a.length);
  const text = (input: string): string => {
    let output = input;
    for (const form of ordered) {
      if (output.includes(form)) output = output.split(form).join(mask);
    }
    return output;
  };
  const value = <T>(input: T): T => {
    if (ordered.length === 0) return input;
    if (typeof input === 'string') return text(input) as T;
    if (Array.isArray(input)) return input.map((item) => value(item)) as T;
    if (input !== null && typeof input === 'object') {
      const copy: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(input)) copy[text(key)] = value(item);
      return copy as T;
    }
    return input;
  };
  return { empty: ordered.length === 0, text, value };
}
