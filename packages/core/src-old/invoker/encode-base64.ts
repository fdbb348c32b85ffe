/** Base64 of bytes, without Node's Buffer (edge runtimes have only `btoa`). */

/** Encodes bytes (or a string's UTF-8 bytes) as standard base64. */
export function encodeBase64(input: Uint8Array | string): string {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  let binary = '';
  const chunk = 0x8000;
  for (let start = 0; start < bytes.length; start += chunk) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunk));
  }
  return btoa(binary);
}
