/** The last phase of an attempt: what the model reads of a guarded exchange, and whether to try again. */
import type { ToolRequestSummary } from '../tool-result';
import type { Redactor } from './create-redactor';
import type { GuardedResult } from './guarded-fetch';
import { maskUrl } from './mask-url';
import { isRetryableStatus } from './retry-delay';
import type { AttemptOutcome } from './retry-with-backoff';
import { toToolResult } from './to-tool-result';

/**
 * A refused origin is `denied`, a refused redirect an `http_error` naming where it led (secrets masked), a
 * response the `ToolResult` of its status and body; a 429/502/503/504 may be retried (with its Retry-After).
 */
export function readExchange(options: {
  exchange: GuardedResult;
  method: string;
  /** Credential query names, masked in the URL. */
  authQueryNames: Iterable<string>;
  redactor: Redactor;
  maxResponseBytes: number;
}): AttemptOutcome {
  const { exchange, redactor } = options;
  const request: ToolRequestSummary = {
    method: options.method,
    url: maskUrl({ url: exchange.url, names: options.authQueryNames, redactor }),
  };
  if (exchange.kind === 'blocked-origin') {
    return {
      result: {
        ok: false,
        error: {
          kind: 'denied',
          message: `Refused to send the request to ${exchange.origin}: it is not the API's origin (the developer can add it to allowedOrigins).`,
        },
        request,
      },
    };
  }
  if (exchange.kind === 'blocked-redirect') {
    const location = redactor.text(exchange.location);
    return {
      result: {
        ok: false,
        status: exchange.status,
        error: {
          kind: 'http_error',
          message: `The API redirected (HTTP ${exchange.status}) to ${location}, ${exchange.reason}; the redirect was not followed.`,
          body: { location },
        },
        request,
      },
    };
  }
  const result = toToolResult({
    status: exchange.status,
    headers: exchange.headers,
    bytes: exchange.bytes,
    overflow: exchange.overflow,
    maxResponseBytes: options.maxResponseBytes,
    request,
    redactor,
  });
  return isRetryableStatus(exchange.status) ? { result, retry: { retryAfter: exchange.headers.get('retry-after') } } : { result };
}
