/** Sentence vectors from a transformer's token vectors: the mean over each text's real tokens, scaled to length 1. */

/**
 * `hidden` is the model's last hidden state, flat, row-major `[texts, width, dimensions]` (the batch padded to
 * `width` tokens); `lengths[row]` says how many leading tokens of that row are real (the rest is padding and is left
 * out of the mean). Each vector is L2-normalised, so a dot product of two is their cosine.
 */
export function poolTokenVectors(options: { hidden: ArrayLike<number>; lengths: readonly number[]; width: number; dimensions: number }): number[][] {
  const { hidden, lengths, width, dimensions } = options;
  if (hidden.length !== lengths.length * width * dimensions) {
    throw new Error(`poolTokenVectors: ${hidden.length} values do not make ${lengths.length} rows of ${width} tokens of ${dimensions} dimensions`);
  }
  return lengths.map((length, row) => {
    if (length < 1 || length > width) throw new Error(`poolTokenVectors: row ${row} has ${length} real tokens, not 1 to ${width}`);
    const vector = new Array<number>(dimensions).fill(0);
    for (let token = 0; token < length; token++) {
      const offset = (row * width + token) * dimensions;
      for (let at = 0; at < dimensions; at++) vector[at] += hidden[offset + at];
    }
    const norm = Math.sqrt(vector.reduce((sum, value) => sum + value * value, 0));
    return norm === 0 ? vector : vector.map((value) => value / norm);
  });
}
