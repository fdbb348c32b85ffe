import { describe, expect, it } from 'vitest';
import { fuseRankings } from './fuse-rankings';

describe('fuseRankings', () => {
  it('adds 1 / (60 + rank) per ranking, best first', () => {
    const fused = fuseRankings([
      [1, 2, 3],
      [3, 1, 4],
    ]);
    expect(fused.map((hit) => hit.index)).toEqual([1, 3, 2, 4]);
    expect(fused[0].score).toBeCloseTo(1 / 61 + 1 / 62);
    expect(fused[3].score).toBeCloseTo(1 / 63);
  });

  it('keeps a single ranking as it is', () => {
    expect(fuseRankings([[5, 0, 9]]).map((hit) => hit.index)).toEqual([5, 0, 9]);
    expect(fuseRankings([])).toEqual([]);
  });
});
