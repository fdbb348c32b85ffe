/** Leaves null fields and hypermedia links out of a JSON value, for the model's view (the value itself is not changed). */

/** What was left out, by kind. */
export interface CompactionCounts {
  nulls: number;
  links: number;
}

const linkKey = /^(?:url|href|self|.+_url|.+Url|.+_href)$/;

/**
 * A copy of `value` without null object fields (`nulls`) and without hypermedia (`links`): `_links` objects and
 * link-named string fields (`url`, `*_url`, `href`) holding a URI template (`{…}`) or a URL on one of `apiOrigins`.
 * Array items are never removed, so positions and counts stay true.
 */
export function compactValue(options: {
  value: unknown;
  nulls: boolean;
  links: boolean;
  apiOrigins: readonly string[];
  counts: CompactionCounts;
}): unknown {
  const { nulls, links, apiOrigins, counts } = options;
  const isApiLink = (key: string, value: unknown): boolean =>
    typeof value === 'string' &&
    linkKey.test(key) &&
    (/\{[^}]*\}/.test(value) || apiOrigins.some((origin) => value === origin || value.startsWith(`${origin}/`)));
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) {
      if (nulls && field === null) {
        counts.nulls++;
      } else if (links && (key === '_links' || isApiLink(key, field))) {
        counts.links++;
      } else {
        out[key] = walk(field);
      }
    }
    return out;
  };
  return walk(options.value);
}
