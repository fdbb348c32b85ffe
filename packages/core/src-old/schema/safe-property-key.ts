/** Makes an input property key provider-safe (^[a-zA-Z0-9_.-]{1,64}$): `filter[status]` -> `filter_status`. */
import { stableHash } from '../naming/stable-hash';

/** The longest property key providers accept. */
export const maxPropertyKeyLength = 64;
const safeKey = /^[a-zA-Z0-9_.-]{1,64}$/;

/** True when providers accept the key as it is. */
export function isSafePropertyKey(name: string): boolean {
  return safeKey.test(name);
}

/** The key unchanged when already safe; else unsafe runs become `_`, and keys over 64 characters end in a hash. */
export function safePropertyKey(name: string): string {
  if (safeKey.test(name)) return name;
  const replaced = name.replace(/[^a-zA-Z0-9_.-]+/g, '_').replace(/^_+|_+$/g, '') || 'value';
  if (replaced.length <= maxPropertyKeyLength) return replaced;
  return `${replaced.slice(0, 57)}_${stableHash(name)}`;
}
