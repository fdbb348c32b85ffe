/** Suggestions for a mistyped name: the known names nearest by edit distance. */

/** Up to `limit` names within a quarter of the name's length in edits, nearest first. */
export function closestNames(options: { name: string; candidates: readonly string[]; limit?: number }): string[] {
  const target = options.name.toLowerCase();
  const budget = Math.max(2, Math.floor(target.length / 4));
  return options.candidates
    .map((candidate) => ({ candidate, distance: editDistance(target, candidate.toLowerCase()) }))
    .filter((entry) => entry.distance <= budget)
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, options.limit ?? 3)
    .map((entry) => entry.candidate);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
