/** Shortens long strings and long nested arrays of a JSON value, marking each cut where it happened. */

/** How far to shorten: strings longer than `strings` characters, arrays longer than `arrays` items. */
export interface ShrinkLevel {
  strings: number;
  arrays: number;
}

/** What a shrink cut. */
export interface ShrinkCounts {
  strings: number;
  arrays: number;
}

/**
 * A copy of `value` whose strings past `level.strings` characters end in `… [N more characters]` and whose arrays
 * past `level.arrays` items end in one string item `… N more items`. Objects keep every key.
 */
export function shrinkValue(options: { value: unknown; level: ShrinkLevel; counts?: ShrinkCounts }): unknown {
  const { level, counts } = options;
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') {
      if (value.length <= level.strings) return value;
      if (counts) counts.strings++;
      return `${value.slice(0, level.strings)}… [${value.length - level.strings} more characters]`;
    }
    if (Array.isArray(value)) {
      if (value.length <= level.arrays) return value.map(walk);
      if (counts) counts.arrays++;
      return [...value.slice(0, level.arrays).map(walk), `… ${value.length - level.arrays} more items`];
    }
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) out[key] = walk(field);
    return out;
  };
  return walk(options.value);
}
