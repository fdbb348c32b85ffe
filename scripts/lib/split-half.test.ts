import { describe, expect, it } from 'vitest';
import { splitHalf } from './split-half';

describe('splitHalf', () => {
  it('puts the first half, rounded up, in dev and does not depend on the order ids come in', () => {
    const ids = ['a-1', 'a-2', 'a-3', 'a-4', 'a-5'];
    const halves = splitHalf(ids);
    expect([...halves.values()].filter((half) => half === 'dev')).toHaveLength(3);
    expect([...halves.values()].filter((half) => half === 'test')).toHaveLength(2);
    expect(new Map([...splitHalf([...ids].reverse())].sort())).toEqual(new Map([...halves].sort()));
  });

  it('orders ids by the FNV-1a hash of the salted id, not by the id itself', () => {
    // FNV-1a 32-bit of 'apiwire-search-split-2026:' + id, computed apart (Python, over the UTF-8 bytes):
    // a 0x63a3c65c, b 0x66a3cb15, c 0x65a3c982, d 0x60a3c1a3, so the order is d, a, c, b.
    expect(splitHalf(['a', 'b', 'c', 'd'])).toEqual(
      new Map([
        ['d', 'dev'],
        ['a', 'dev'],
        ['c', 'test'],
        ['b', 'test'],
      ]),
    );
  });

  it('keeps a one-request set in dev and an empty set empty', () => {
    expect(splitHalf(['only'])).toEqual(new Map([['only', 'dev']]));
    expect(splitHalf([])).toEqual(new Map());
  });
});
