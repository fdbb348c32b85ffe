/** Downloads a spec (or a file it refers to) over http(s) with a timeout and a size cap. */
import { SpecError } from '../spec-error';

/** Default download timeout: 30 s. */
export const defaultSpecTimeoutMs = 30_000;
/** Default largest spec accepted: 50 MiB. */
export const defaultSpecMaxBytes = 50 * 1024 * 1024;

/** The body of `url` as text; a network failure, a timeout, an HTTP error or an oversize body throws SpecError. */
export async function fetchSpecText(options: {
  url: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
}): Promise<string> {
  const fetchFunction = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? defaultSpecTimeoutMs;
  const maxBytes = options.maxBytes ?? defaultSpecMaxBytes;
  const fail = (message: string, cause?: unknown): SpecError =>
    new SpecError({ message, pointer: '', source: options.url, cause });
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetchFunction(options.url, {
        signal: controller.signal,
        headers: { accept: 'application/json, application/yaml, text/yaml, */*' },
      });
    } catch (error) {
      if (controller.signal.aborted) throw fail(`Downloading the spec timed out after ${timeoutMs} ms`, error);
      throw fail(`Downloading the spec failed: ${(error as Error).message}`, error);
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw fail(`Downloading the spec failed with HTTP ${response.status}`);
    }
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw fail(`The spec is ${declared} bytes, over the ${maxBytes}-byte limit (specLoading.maxBytes)`);
    }
    return await readBodyWithCap({ response, maxBytes, controller, timeoutMs, fail });
  } finally {
    clearTimeout(timer);
  }
}

async function readBodyWithCap(options: {
  response: Response;
  maxBytes: number;
  controller: AbortController;
  timeoutMs: number;
  fail: (message: string, cause?: unknown) => SpecError;
}): Promise<string> {
  const body = options.response.body;
  if (!body) return '';
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > options.maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw options.fail(`The spec is over the ${options.maxBytes}-byte limit (specLoading.maxBytes)`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'ApiwireSpecError') throw error;
    if (options.controller.signal.aborted) {
      throw options.fail(`Downloading the spec timed out after ${options.timeoutMs} ms`, error);
    }
    throw options.fail(`Downloading the spec failed: ${(error as Error).message}`, error);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
