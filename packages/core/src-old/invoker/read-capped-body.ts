/** Reads a response body up to a byte cap, streaming, and cancels the rest: never buffers past the cap. */

/** The bytes read (at most `maxBytes`), and whether the body was longer. */
export interface CappedBody {
  bytes: Uint8Array;
  overflow: boolean;
}

/** Reads at most `maxBytes` of the body. */
export async function readCappedBody(options: { response: Response; maxBytes: number }): Promise<CappedBody> {
  const { response, maxBytes } = options;
  if (!response.body) return { bytes: new Uint8Array(0), overflow: false };
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > 0 && declared <= maxBytes && !response.headers.has('content-encoding')) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return bytes.length > maxBytes ? { bytes: bytes.subarray(0, maxBytes), overflow: true } : { bytes, overflow: false };
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let overflow = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (total + value.length > maxBytes) {
      chunks.push(value.subarray(0, maxBytes - total));
      total = maxBytes;
      overflow = true;
      await reader.cancel().catch(() => undefined);
      break;
    }
    chunks.push(value);
    total += value.length;
  }
  if (chunks.length === 1) return { bytes: chunks[0], overflow };
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { bytes, overflow };
}
