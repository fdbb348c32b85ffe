/** Checks the `synonyms` option of `loadApiServer`: groups of words a team's users say for the API's terms. */

/**
 * The groups, each word trimmed and lower-cased, groups of fewer than two words left out; undefined when not given.
 * Throws a TypeError naming the bad place (`synonyms[1][0]`) for anything but arrays of non-empty strings.
 */
export function readSynonymGroups(value: unknown): ReadonlyArray<readonly string[]> | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new TypeError('synonyms must be an array of groups of words, e.g. [["ticket", "case"]]');
  const groups: string[][] = [];
  value.forEach((group: unknown, at) => {
    if (!Array.isArray(group)) throw new TypeError(`synonyms[${at}] must be an array of words, e.g. ["ticket", "case"]`);
    const words = group.map((word: unknown, position) => {
      if (typeof word !== 'string' || word.trim() === '') throw new TypeError(`synonyms[${at}][${position}] must be a non-empty string`);
      return word.trim().toLowerCase();
    });
    if (new Set(words).size >= 2) groups.push([...new Set(words)]);
  });
  return Object.freeze(groups.map((group) => Object.freeze(group)));
}
