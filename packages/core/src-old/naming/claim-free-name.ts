/** Unique names within one scope: `base`, else `base_2`, `base_3`, … */

/**
 * Returns the first of `base`, `base_2`, `base_3`, … that `taken` does not hold, and adds it to `taken`. With
 * `maxLength`, `base` is cut so that the name with its suffix still fits.
 */
export function claimFreeName(base: string, taken: Set<string>, maxLength = Number.POSITIVE_INFINITY): string {
  let name = base.slice(0, maxLength);
  for (let counter = 2; taken.has(name); counter++) {
    const suffix = `_${counter}`;
    name = `${base.slice(0, maxLength - suffix.length)}${suffix}`;
  }
  taken.add(name);
  return name;
}
