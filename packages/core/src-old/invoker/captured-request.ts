/** openapi-fetch's `Request` hook: keeps the URL and init openapi-fetch composed, so the guarded fetch builds the one real request. */

/**
 * A plain record of a request (URL, method, headers, body, signal). openapi-fetch would otherwise build a full
 * `Request` that `fetch` then copies again; that copy alone cost about a third of a loopback call.
 */
export class CapturedRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: BodyInit | null | undefined;
  readonly signal: AbortSignal | undefined;

  constructor(input: string | URL, init: RequestInit = {}) {
    this.url = String(input);
    this.method = (init.method ?? 'GET').toUpperCase();
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.body = init.body;
    this.signal = init.signal ?? undefined;
  }
}
