/** Reads from a response where the next page is (Link header, `next` URLs, cursors, `has_more`) as this tool's inputs. */
import type { PagingInputs } from './tool-result-settings';

/** The inputs that change for the next page, and where the response said so. */
export interface NextPage {
  input: Record<string, unknown>;
  /** `link header`, `next URL`, `cursor`, `has_more`, `page number`. */
  source: string;
}

const nextUrlKeys = ['next', 'next_url', 'nextUrl', 'next_page_url', 'nextPageUrl', 'next_link', 'nextLink', '@odata.nextLink'];
const cursorKeys = ['next_cursor', 'nextCursor', 'next_page_token', 'nextPageToken', 'next_token', 'nextToken', 'continuation', 'continuation_token', 'after', 'next'];
const containerKeys = ['', 'links', '_links', 'paging', 'pagination', 'meta', 'response_metadata', 'cursor', 'cursors', 'page_info', 'pageInfo'];
const moreKeys = ['has_more', 'hasMore', 'has_next', 'hasNext', 'hasNextPage', 'more'];

/**
 * The inputs (only those that change) that fetch the page after this one, or undefined when the response shows
 * no next page or it cannot be expressed with this tool's inputs. Sources, in order: a `Link: <…>; rel="next"`
 * header; a `next` URL in the body (top level or under `links`, `paging`, `meta`, …) mapped back through the
 * tool's query parameters; a next cursor for the tool's cursor input; `has_more` with the last item's id for an
 * id cursor (`starting_after`); a full page when the tool pages by number.
 */
export function nextPageInput(options: {
  headers: Record<string, string> | undefined;
  body: unknown;
  input: Record<string, unknown>;
  paging: PagingInputs;
  /** The items of the response's main list (all of them, not only those shown). */
  items: readonly unknown[] | undefined;
}): NextPage | undefined {
  const { headers, body, input, paging, items } = options;
  const linkNext = headers?.link === undefined ? undefined : readLinkNext(headers.link);
  if (linkNext !== undefined) return fromUrl({ url: linkNext, input, paging, source: 'link header' });
  const containers = containerKeys
    .map((key) => (key === '' ? body : record(body)?.[key]))
    .filter((value): value is Record<string, unknown> => record(value) !== undefined);
  for (const container of containers) {
    for (const key of nextUrlKeys) {
      const value = container[key];
      const url = typeof value === 'string' ? value : record(value)?.href;
      if (typeof url === 'string' && /^(https?:\/\/|\/|\?)/.test(url)) {
        const found = fromUrl({ url, input, paging, source: 'next URL' });
        if (found) return found;
      }
    }
  }
  const more = containers.map((container) => moreKeys.map((key) => container[key]).find((value) => typeof value === 'boolean')).find((value) => value !== undefined);
  if (more === false) return undefined;
  if (paging.cursor !== undefined && !paging.cursorIsItemId) {
    for (const container of containers) {
      for (const key of cursorKeys) {
        const value = container[key];
        if ((typeof value === 'string' && value !== '' && !/^https?:\/\//.test(value)) || typeof value === 'number') {
          return { input: { [paging.cursor]: value }, source: 'cursor' };
        }
      }
    }
  }
  const lastId = record(items?.at(-1))?.id;
  if (more === true && paging.cursorIsItemId && paging.cursor !== undefined && (typeof lastId === 'string' || typeof lastId === 'number')) {
    return { input: { [paging.cursor]: lastId }, source: 'has_more' };
  }
  if (paging.page !== undefined && items !== undefined && items.length > 0) {
    const requested = paging.pageSize === undefined ? undefined : Number(input[paging.pageSize]);
    if (more === true || (requested !== undefined && items.length === requested)) {
      const page = Number(input[paging.page] ?? 1);
      if (Number.isInteger(page)) return { input: { [paging.page]: page + 1 }, source: 'page number' };
    }
  }
  return undefined;
}

/** The target of `rel="next"` in a Link header. */
function readLinkNext(header: string): string | undefined {
  for (const match of header.matchAll(/<([^>]*)>((?:\s*;\s*[^;,]*)*)/g)) {
    if (/;\s*rel\s*=\s*"?(?:[^";,]*\s)?next(?:\s[^";,]*)?"?/i.test(match[2])) return match[1];
  }
  return undefined;
}

function fromUrl(options: { url: string; input: Record<string, unknown>; paging: PagingInputs; source: string }): NextPage | undefined {
  const { url, input, paging } = options;
  let parsed: URL;
  try {
    parsed = new URL(url, 'http://relative.invalid');
  } catch {
    return undefined;
  }
  const changed: Record<string, unknown> = {};
  for (const [name, raw] of parsed.searchParams) {
    const property = paging.query[name];
    if (property === undefined) continue;
    const value = paging.numeric.includes(property) && /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
    if (String(input[property] ?? '') !== raw) changed[property] = value;
  }
  return Object.keys(changed).length > 0 ? { input: changed, source: options.source } : undefined;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
