/** Reciprocal rank fusion: several rankings of the same items into one. */

/** RRF's constant: ranks past the first few count little, and no single ranking dominates. */
const rankConstant = 60;

/**
 * Fuses rankings (each a list of item indexes, best first) by reciprocal rank: every list gives an item
 * `weight / (60 + rank)`, its weight 1 unless `weights` says otherwise (a list of weight 0 counts for nothing).
 * Best first; ties keep the order of first appearance.
 */
export function fuseRankings(rankings: ReadonlyArray<readonly number[]>, weights: readonly number[] = []): Array<{ index: number; score: number }> {
  const scores = new Map<number, number>();
  rankings.forEach((ranking, which) => {
    const weight = weights[which] ?? 1;
    ranking.forEach((index, rank) => scores.set(index, (scores.get(index) ?? 0) + weight / (rankConstant + rank + 1)));
  });
  return [...scores].map(([index, score]) => ({ index, score })).sort((left, right) => right.score - left.score);
}
