/** Finds the list a JSON body is about: the body itself when it is an array, else its largest array field. */

/** Where the list sits (keys from the top; empty for a top-level array) and its items. */
export interface MainList {
  path: string[];
  items: unknown[];
}

/**
 * The body's main list: a top-level array, or the array field (at the top or one object below, as in
 * `{ data: { items: [...] } }`) holding the most characters. Undefined when the body has no array.
 */
export function findMainList(value: unknown): MainList | undefined {
  if (Array.isArray(value)) return { path: [], items: value };
  if (value === null || typeof value !== 'object') return undefined;
  let best: { list: MainList; size: number } | undefined;
  const consider = (path: string[], items: unknown[]) => {
    const size = JSON.stringify(items).length;
    if (!best || size > best.size) best = { list: { path, items }, size };
  };
  for (const [key, field] of Object.entries(value)) {
    if (Array.isArray(field)) consider([key], field);
    else if (field !== null && typeof field === 'object') {
      for (const [inner, innerField] of Object.entries(field)) {
        if (Array.isArray(innerField)) consider([key, inner], innerField);
      }
    }
  }
  return best?.list;
}
