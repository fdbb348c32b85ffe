/** Replaces the array at a path of object keys inside a JSON value, without changing the value. */

/** A copy of `value` with the array at `path` replaced by `items` (or a table of them; the value itself is not changed). */
export function replaceAtPath(options: { value: unknown; path: readonly string[]; items: unknown }): unknown {
  const { value, path, items } = options;
  if (path.length === 0) return items;
  const record = value as Record<string, unknown>;
  const [head, ...rest] = path;
  return { ...record, [head]: replaceAtPath({ value: record[head], path: rest, items }) };
}
