/** A short, stable, non-cryptographic hash (FNV-1a, 32 bits) used to shorten names deterministically. */

/** Base-36 FNV-1a hash of `text`, always the same for the same text (6 characters, zero-padded). */
export function stableHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0').slice(-6);
}
