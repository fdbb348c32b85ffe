import { describe, expect, it } from 'vitest';
import { claimFreeName } from './claim-free-name';

describe('claimFreeName', () => {
  it('keeps a free name, numbers taken ones from _2, and records each', () => {
    const taken = new Set(['href']);
    expect(claimFreeName('id', taken)).toBe('id');
    expect(claimFreeName('href', taken)).toBe('href_2');
    expect(claimFreeName('href', taken)).toBe('href_3');
    expect([...taken]).toEqual(['href', 'id', 'href_2', 'href_3']);
  });

  it('cuts the base so that the suffix fits the length limit', () => {
    const taken = new Set<string>();
    const long = 'a'.repeat(64);
    expect(claimFreeName(long, taken, 64)).toBe(long);
    expect(claimFreeName(long, taken, 64)).toBe(`${'a'.repeat(62)}_2`);
  });
});
