/** For tests: every property key anywhere in a JSON Schema, `$defs` and branches included. */

/** The keys of every `properties` map below `node`, in document order (duplicates kept). */
export function allPropertyKeys(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) allPropertyKeys(item, out);
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' && value !== null && typeof value === 'object') out.push(...Object.keys(value));
      allPropertyKeys(value, out);
    }
  }
  return out;
}
