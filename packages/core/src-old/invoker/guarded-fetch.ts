/** The fetch every call goes through: allowed origins only, redirects followed by hand within them, the body read under the cap. */
import type { CapturedRequest } from './captured-request';
import { readCappedBody } from './read-capped-body';

/** What one guarded exchange ended in: a read response, or a request or redirect refused (nothing sent there). */
export type GuardedResult =
  | { kind: 'response'; url: string; status: number; headers: Headers; bytes: Uint8Array; overflow: boolean }
  | { kind: 'blocked-origin'; url: string; origin: string }
  | { kind: 'blocked-redirect'; url: string; status: number; location: string; reason: string };

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/**
 * Sends `request` (as openapi-fetch composed it) and returns how the exchange ended; throws only what `fetch`
 * throws (network errors, aborts). Redirects are followed by hand (at most `maxRedirects`) and only to allowed
 * origins; 303 (and 301/302 after POST) turn into GET without the body. `url` is the last URL requested.
 */
export async function guardedFetch(options: {
  request: CapturedRequest;
  fetch: typeof fetch;
  isAllowedOrigin: (origin: string) => boolean;
  maxResponseBytes: number;
  maxRedirects: number;
  /** The origin the caller already checked for the first URL (saves parsing it again). */
  checkedOrigin?: string;
}): Promise<GuardedResult> {
  const { request } = options;
  let url = request.url;
  let init: RequestInit = { method: request.method, headers: request.headers, body: request.body, signal: request.signal, redirect: 'manual' };
  for (let hop = 0; ; hop++) {
    const origin = hop === 0 && options.checkedOrigin && url.startsWith(`${options.checkedOrigin}/`) ? options.checkedOrigin : new URL(url).origin;
    if (!options.isAllowedOrigin(origin)) return { kind: 'blocked-origin', url, origin };
    const response = await options.fetch(url, init);
    const location = response.headers.get('location');
    if (!redirectStatuses.has(response.status) || !location) {
      const capped = init.method === 'HEAD' ? { bytes: new Uint8Array(0), overflow: false } : await readCappedBody({ response, maxBytes: options.maxResponseBytes });
      return { kind: 'response', url, status: response.status, headers: response.headers, bytes: capped.bytes, overflow: capped.overflow };
    }
    await response.body?.cancel().catch(() => undefined);
    const refused = (reason: string, target: string): GuardedResult => ({ kind: 'blocked-redirect', url, status: response.status, location: target, reason });
    let target: URL;
    try {
      target = new URL(location, url);
    } catch {
      return refused('an invalid Location', location);
    }
    if (!options.isAllowedOrigin(target.origin)) return refused('another origin', target.href);
    if (hop >= options.maxRedirects) return refused(`more than ${options.maxRedirects} redirects`, target.href);
    init = redirectedInit({ init, status: response.status });
    url = target.href;
  }
}

/** The request for the next hop: 303 (and 301/302 after POST) become GET without body or content headers. */
function redirectedInit(options: { init: RequestInit; status: number }): RequestInit {
  const { init, status } = options;
  const method = init.method ?? 'GET';
  const toGet = status === 303 || ((status === 301 || status === 302) && method === 'POST');
  const headers = new Headers(init.headers);
  if (toGet) {
    headers.delete('content-type');
    headers.delete('content-length');
  }
  // A string, bytes or FormData body can be sent again as it is (307/308 keep method and body).
  return { ...init, method: toGet ? (method === 'HEAD' ? 'HEAD' : 'GET') : method, headers, body: toGet ? undefined : init.body };
}
