/** Cosine similarity of two vectors of the same length (0 when either is all zeros). */
export function cosine(left: readonly number[], right: readonly number[]): number {
  let dot = 0;
  let leftLength = 0;
  let rightLength = 0;
  for (let at = 0; at < left.length; at++) {
    dot += left[at] * right[at];
    leftLength += left[at] * left[at];
    rightLength += right[at] * right[at];
  }
  return dot / Math.sqrt(leftLength * rightLength || 1);
}
