import { describe, expect, it } from 'vitest';
import { repairPattern } from './repair-pattern';

describe('repairPattern', () => {
  it('leaves a pattern that compiles in unicode mode alone', () => {
    expect(repairPattern('^[a-z]{2,5}$')).toBe('^[a-z]{2,5}$');
  });

  it.each([
    ['1[0-9]{,2}', '1[0-9]{0,2}'],
    ['^\\_[a-z]+\\:$', '^_[a-z]+:$'],
    ['^a\\-b$', '^a-b$'],
    ['^[\\w-.]+$', '^[\\w\\-.]+$'],
    ['^[.-\\d]+$', '^[.\\-\\d]+$'],
    ['^{[a-z]+}$', '^\\{[a-z]+\\}$'],
    ['^a]$', '^a\\]$'],
    ['^[\\_\\-a]$', '^[_\\-a]$'],
  ])('repairs %s as %s, which compiles with the u flag', (pattern, repaired) => {
    expect(repairPattern(pattern)).toBe(repaired);
    expect(() => new RegExp(repaired, 'u')).not.toThrow();
  });

  it('keeps what the pattern matches when it repairs it', () => {
    const repaired = new RegExp(repairPattern('^[\\w-.]+@\\_x$')!, 'u');
    expect(repaired.test('a-b.c@_x')).toBe(true);
    expect(repaired.test('a b@_x')).toBe(false);
  });

  it('gives up on a pattern no rewrite makes valid', () => {
    expect(repairPattern('(?<n>a)(?<n>b)')).toBeUndefined();
    expect(repairPattern('a\\')).toBeUndefined();
  });
});
