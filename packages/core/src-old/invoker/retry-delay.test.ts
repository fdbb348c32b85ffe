import { describe, expect, it } from 'vitest';
import { isRetryableStatus, mayRetryMethod, normaliseRetryOptions, retryDelay } from './retry-delay';

const retry = normaliseRetryOptions({ retries: 3, minDelayMs: 100, maxDelayMs: 1_000 });

describe('retryDelay', () => {
  it('backs off exponentially with jitter, capped at maxDelayMs', () => {
    expect(retryDelay({ attempt: 0, retry, random: () => 0 })).toBe(50);
    expect(retryDelay({ attempt: 0, retry, random: () => 1 })).toBe(100);
    expect(retryDelay({ attempt: 2, retry, random: () => 1 })).toBe(400);
    expect(retryDelay({ attempt: 8, retry, random: () => 1 })).toBe(1_000);
  });

  it('honours Retry-After in seconds and as an HTTP date, within maxDelayMs', () => {
    expect(retryDelay({ attempt: 0, retry, retryAfter: '1' })).toBe(1_000);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryDelay({ attempt: 0, retry, retryAfter: 'Thu, 01 Jan 2026 00:00:00 GMT', now })).toBe(0);
    expect(retryDelay({ attempt: 0, retry, retryAfter: new Date(now + 1_000).toUTCString(), now })).toBe(1_000);
    expect(retryDelay({ attempt: 0, retry, retryAfter: new Date(now + 2_000).toUTCString(), now })).toBeUndefined();
    expect(retryDelay({ attempt: 0, retry, retryAfter: '3600' })).toBeUndefined();
  });

  it('retries only idempotent methods unless allowed, and only 429/502/503/504', () => {
    expect(mayRetryMethod({ method: 'GET', retry })).toBe(true);
    expect(mayRetryMethod({ method: 'PUT', retry })).toBe(true);
    expect(mayRetryMethod({ method: 'POST', retry })).toBe(false);
    expect(mayRetryMethod({ method: 'PATCH', retry })).toBe(false);
    expect(mayRetryMethod({ method: 'POST', retry: { ...retry, retryNonIdempotent: true } })).toBe(true);
    expect(mayRetryMethod({ method: 'GET', retry: normaliseRetryOptions(false) })).toBe(false);
    expect([429, 500, 502, 503, 504, 400].map(isRetryableStatus)).toEqual([true, false, true, true, true, false]);
  });
});
