/** When to retry and how long to wait: idempotent methods, network errors and 429/502/503/504, backoff with jitter, Retry-After. */
import type { RetryOptions } from '../load-api-server-options';

/** Methods safe to send twice. */
const idempotentMethods = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);
/** Statuses worth another try. */
const retryableStatuses = new Set([429, 502, 503, 504]);

/** The retry options with their defaults; retries 0 when disabled. */
export function normaliseRetryOptions(retry: RetryOptions | false | undefined): Required<RetryOptions> {
  if (retry === false) return { retries: 0, minDelayMs: 0, maxDelayMs: 0, retryNonIdempotent: false };
  return {
    retries: retry?.retries ?? 2,
    minDelayMs: retry?.minDelayMs ?? 250,
    maxDelayMs: retry?.maxDelayMs ?? 10_000,
    retryNonIdempotent: retry?.retryNonIdempotent ?? false,
  };
}

/** True when this method may be retried under these options. */
export function mayRetryMethod(options: { method: string; retry: Required<RetryOptions> }): boolean {
  return options.retry.retries > 0 && (idempotentMethods.has(options.method) || options.retry.retryNonIdempotent);
}

/** True for 429, 502, 503 and 504. */
export function isRetryableStatus(status: number): boolean {
  return retryableStatuses.has(status);
}

/**
 * The wait before retry number `attempt` (0-based): Retry-After when the server sent one (seconds or an HTTP date),
 * else exponential backoff with jitter. Undefined when Retry-After asks for longer than `maxDelayMs` (give up).
 */
export function retryDelay(options: {
  attempt: number;
  retry: Required<RetryOptions>;
  retryAfter?: string | null;
  now?: number;
  random?: () => number;
}): number | undefined {
  const { retry } = options;
  if (options.retryAfter) {
    const text = options.retryAfter.trim();
    const waitMs = /^\d+(\.\d+)?$/.test(text)
      ? Number(text) * 1000
      : Math.max(0, Date.parse(text) - (options.now ?? Date.now()));
    if (Number.isFinite(waitMs)) return waitMs <= retry.maxDelayMs ? waitMs : undefined;
  }
  const base = Math.min(retry.maxDelayMs, retry.minDelayMs * 2 ** options.attempt);
  // "Equal jitter": half fixed, half random, so concurrent clients spread out but never retry at once.
  return Math.round(base / 2 + (options.random ?? Math.random)() * (base / 2));
}
