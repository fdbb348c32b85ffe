/** Retries a send with exponential backoff (or the server's Retry-After) while the outcome says it may. */
import type { RetryOptions } from '../load-api-server-options';
import type { ToolResult } from '../tool-result';
import { delay } from './delay';
import { retryDelay } from './retry-delay';

/** One attempt's result, and whether another attempt may follow (with the response's Retry-After, if any). */
export interface AttemptOutcome {
  result: ToolResult;
  retry?: { retryAfter?: string | null };
}

/**
 * Calls `send(attempt)` (0, 1, …) until an outcome is final: it carries no `retry`, retries are off or used up
 * (`mayRetry`, `retry.retries`), or the server's Retry-After asks for longer than `retry.maxDelayMs`. Between
 * attempts it waits (`retryDelay`), cancelled by `signal`; the last outcome's result is returned.
 */
export async function retryWithBackoff(options: {
  send: (attempt: number) => Promise<AttemptOutcome>;
  retry: Required<RetryOptions>;
  mayRetry: boolean;
  signal?: AbortSignal;
}): Promise<ToolResult> {
  for (let attempt = 0; ; attempt++) {
    const outcome = await options.send(attempt);
    if (outcome.retry === undefined || !options.mayRetry || attempt >= options.retry.retries) return outcome.result;
    const wait = retryDelay({ attempt, retry: options.retry, retryAfter: outcome.retry.retryAfter });
    if (wait === undefined) return outcome.result;
    await delay({ ms: wait, signal: options.signal });
  }
}
