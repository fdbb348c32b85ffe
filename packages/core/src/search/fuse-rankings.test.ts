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

  it('weighs each ranking when asked: a list of weight 0 only adds its own items at the end', () => {
    const fused = fuseRankings(
      [
        [1, 2, 3],
        [3, 1, 4],
      ],
      [1, 0.5],
    );
    expect(fused.map((hit) => hit.index)).toEqual([1, 3, 2, 4]);
    expect(fused[1].score).toBeCloseTo(1 / 63 + 0.5 / 61);
    expect(fuseRankings([[1, 2], [2, 1, 7]], [1, 0]).map((hit) => hit.index)).toEqual([1, 2, 7]);
    expect(fuseRankings([[1, 2], [2, 1]], [0.2, 1]).map((hit) => hit.index)).toEqual([2, 1]);
  });

  it('keeps a single ranking as it is', () => {
    expect(fuseRankings([[5, 0, 9]]).map((hit) => hit.index)).toEqual([5, 0, 9]);
    expect(fuseRankings([])).toEqual([]);
  });
});
