/** The fixed dev/test split of a search request set (scripts/search-sets/README.md). */

/**
 * The half each id belongs to: ids sorted by the FNV-1a 32-bit hash of `apiwire-search-split-2026:` + id (over
 * `charCodeAt` units, the same as UTF-8 bytes for the ASCII ids the sets use; ties by id), the first half rounded up
 * `dev`, the rest `test`.
 */
export function splitHalf(ids: readonly string[]): Map<string, 'dev' | 'test'> {
  const hashed = ids.map((id) => ({ id, hash: fnv1a(`apiwire-search-split-2026:${id}`) }));
  hashed.sort((a, b) => a.hash - b.hash || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const devCount = Math.ceil(ids.length / 2);
  return new Map(hashed.map(({ id }, index) => [id, index < devCount ? 'dev' : 'test']));
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
