/** SHA-256 of a text as hex, with the Web Crypto API (Node 20+, browsers and edge runtimes alike). */

const encoder = new TextEncoder();

/** The lower-case hex SHA-256 of `text` (UTF-8). */
export async function contentHash(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', encoder.encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
