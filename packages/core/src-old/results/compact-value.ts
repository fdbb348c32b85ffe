/** Leaves nulls, empty values, API links and media links out of a JSON value, for the model's view (the value itself is not changed). */
import { isMediaLink } from './is-media-link';

/** What was left out, by kind. */
export interface CompactionCounts {
  nulls: number;
  links: number;
  empty: number;
  media: number;
}

/** Which kinds compaction leaves out. */
export interface CompactionKinds {
  nulls: boolean;
  links: boolean;
  empty: boolean;
  media: boolean;
}

const linkKey = /^(?:url|href|self|.+_url|.+Url|.+_href)$/;

/**
 * A copy of `value` without, among object fields: nulls (`nulls`); `""`, `[]` and `{}` (`empty`); hypermedia
 * (`links`: `_links` objects and link-named string fields, `url`, `*_url`, `href`, holding a URI template (`{…}`)
 * or a URL on one of `apiOrigins`); links to images, audio and video (`media`, see `isMediaLink`), except in an
 * object that would keep nothing else (a map of icons is what the response is about). Array items are never
 * removed, so positions and counts stay true.
 */
export function compactValue(options: { value: unknown; kinds: CompactionKinds; apiOrigins: readonly string[]; counts: CompactionCounts }): unknown {
  const { kinds, apiOrigins, counts } = options;
  const isApiLink = (key: string, value: unknown): boolean =>
    typeof value === 'string' &&
    linkKey.test(key) &&
    (/\{[^}]*\}/.test(value) || apiOrigins.some((origin) => value === origin || value.startsWith(`${origin}/`)));
  const kindOf = (key: string, field: unknown): keyof CompactionCounts | undefined => {
    if (kinds.nulls && field === null) return 'nulls';
    if (kinds.links && (key === '_links' || isApiLink(key, field))) return 'links';
    if (kinds.empty && isEmptyValue(field)) return 'empty';
    if (kinds.media && isMediaLink({ key, value: field })) return 'media';
    return undefined;
  };
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object') return value;
    const entries = Object.entries(value).map(([key, field]) => ({ key, field, kind: kindOf(key, field) }));
    const keepsOther = entries.some((entry) => entry.kind === undefined);
    const out: Record<string, unknown> = {};
    for (const { key, field, kind } of entries) {
      if (kind === undefined || (kind === 'media' && !keepsOther)) out[key] = walk(field);
      else counts[kind]++;
    }
    return out;
  };
  return walk(options.value);
}

function isEmptyValue(value: unknown): boolean {
  if (value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return value !== null && typeof value === 'object' && Object.keys(value).length === 0;
}
