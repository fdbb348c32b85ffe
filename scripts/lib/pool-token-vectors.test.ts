import { describe, expect, it } from 'vitest';
import { poolTokenVectors } from './pool-token-vectors';

describe('poolTokenVectors', () => {
  it('averages each row over its real tokens only, then scales the mean to length 1', () => {
    // Two rows padded to 3 tokens of 2 dimensions; the second row has one real token and two of padding.
    const hidden = [3, 0, 1, 4, 2, 2, /* row 2 */ 0, 5, 100, 100, -100, 7];
    const vectors = poolTokenVectors({ hidden, lengths: [3, 1], width: 3, dimensions: 2 });
    // Row 1: mean (2, 2) -> (1/√2, 1/√2). Row 2: only (0, 5) counts -> (0, 1).
    expect(vectors[0][0]).toBeCloseTo(Math.SQRT1_2, 12);
    expect(vectors[0][1]).toBeCloseTo(Math.SQRT1_2, 12);
    expect(vectors[1]).toEqual([0, 1]);
  });

  it('leaves an all-zero mean at zero instead of dividing by zero', () => {
    expect(poolTokenVectors({ hidden: [1, -1, -1, 1], lengths: [2], width: 2, dimensions: 2 })).toEqual([[0, 0]]);
  });

  it('refuses a hidden state whose size does not match the batch, or a row with no real token', () => {
    expect(() => poolTokenVectors({ hidden: [1, 2, 3], lengths: [1], width: 2, dimensions: 2 })).toThrow(/3 values do not make 1 rows of 2 tokens/);
    expect(() => poolTokenVectors({ hidden: [1, 2, 3, 4], lengths: [0], width: 2, dimensions: 2 })).toThrow(/row 0 has 0 real tokens/);
    expect(() => poolTokenVectors({ hidden: [1, 2, 3, 4], lengths: [3], width: 2, dimensions: 2 })).toThrow(/row 0 has 3 real tokens/);
  });
});
