/** The fetch openapi-fetch sends through: allowed origins only, redirects followed by hand within them, bodies read under the cap. */
import type { CapturedRequest } from './captured-request';
import { readCappedBody } from './read-capped-body';

/** What the guarded fetch saw, for the invoker to turn into a result. */
export interface GuardedExchange {
  /** The last URL requested. */
  url?: string;
  status?: number;
  headers?: Headers;
  bytes?: Uint8Array;
  overflow?: boolean;
  /** Set when a redirect was not followed (another origin, or too many hops). */
  blockedRedirect?: { status: number; location: string; reason: string };
  /** Set when a request would have gone to an origin that is not allowed. */
  blockedOrigin?: string;
}

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/**
 * What openapi-fetch receives once the exchange is recorded: a bodiless 204 it returns at once without reading
 * anything. Shared (it is never read or changed), so no call builds a Response of its own.
 */
const handled = new Response(null, { status: 204 });

/** Creates the fetch of one attempt; it records the exchange in `exchange` and hands openapi-fetch an already-read response. */
export function createGuardedFetch(options: {
  fetch: typeof fetch;
  isAllowedOrigin: (origin: string) => boolean;
  maxResponseBytes: number;
  maxRedirects: number;
  /** The origin the caller already checked for the first URL (saves parsing it again). */
  checkedOrigin?: string;
  exchange: GuardedExchange;
}): (request: CapturedRequest) => Promise<Response> {
  const { exchange } = options;
  return async (first: CapturedRequest) => {
    let url = first.url;
    let init: RequestInit = { method: first.method, headers: first.headers, body: first.body, signal: first.signal, redirect: 'manual' };
    for (let hop = 0; ; hop++) {
      exchange.url = url;
      const origin = hop === 0 && options.checkedOrigin && url.startsWith(`${options.checkedOrigin}/`) ? options.checkedOrigin : new URL(url).origin;
      if (!options.isAllowedOrigin(origin)) {
        exchange.blockedOrigin = origin;
        return handled;
      }
      const response = await options.fetch(url, init);
      const location = response.headers.get('location');
      if (redirectStatuses.has(response.status) && location) {
        await response.body?.cancel().catch(() => undefined);
        let target: URL;
        try {
          target = new URL(location, url);
        } catch {
          exchange.blockedRedirect = { status: response.status, location, reason: 'an invalid Location' };
          return handled;
        }
        if (!options.isAllowedOrigin(target.origin)) {
          exchange.blockedRedirect = { status: response.status, location: target.href, reason: 'another origin' };
          return handled;
        }
        if (hop >= options.maxRedirects) {
          exchange.blockedRedirect = { status: response.status, location: target.href, reason: `more than ${options.maxRedirects} redirects` };
          return handled;
        }
        const method = init.method ?? 'GET';
        const toGet = response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST');
        const headers = new Headers(init.headers);
        if (toGet) {
          headers.delete('content-type');
          headers.delete('content-length');
        }
        // A string, bytes or FormData body can be sent again as it is (307/308 keep method and body).
        init = { ...init, method: toGet ? (method === 'HEAD' ? 'HEAD' : 'GET') : method, headers, body: toGet ? undefined : init.body };
        url = target.href;
        continue;
      }
      exchange.status = response.status;
      exchange.headers = response.headers;
      const capped = init.method === 'HEAD' ? { bytes: new Uint8Array(0), overflow: false } : await readCappedBody({ response, maxBytes: options.maxResponseBytes });
      exchange.bytes = capped.bytes;
      exchange.overflow = capped.overflow;
      // The body was read (under the cap) above; openapi-fetch only needs a Response to hand back.
      return handled;
    }
  };
}
