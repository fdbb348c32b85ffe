/** Builds a tool catalog over several servers (or hand-made descriptors): lookup, deferral and search. */
import type { ApiServer } from '../api-server';
import { createHybridSearch } from '../search/create-hybrid-search';
import { createSearchIndex, type SearchIndex } from '../search/create-search-index';
import type { ToolDescriptor } from '../tool-descriptor';
import type { CatalogSearchOptions, SearchMatch, ToolCatalog, ToolCatalogOptions } from './tool-catalog';
import { ToolNameClashError } from './tool-name-clash-error';

/** What a catalog is built from: servers, descriptors, a mix of both, or a catalog (returned as is). */
export type ToolCatalogSource = ToolCatalog | ApiServer | ReadonlyArray<ApiServer | ToolDescriptor>;

const catalogMarker = Symbol.for('apiwire.catalog');
const defaultLimit = 10;

interface CacheEntry {
  items: ReadonlyArray<ApiServer | ToolDescriptor>;
  options: ToolCatalogOptions | undefined;
  catalog: ToolCatalog;
}
const cache = new WeakMap<object, CacheEntry[]>();

/**
 * All tools of the given servers in one catalog. Names and ids must be unique across servers
 * (`ToolNameClashError` names both). Two calls with the same servers (same objects, same order, same
 * options) return the same catalog; a catalog passed in comes back as is. The search index is built once,
 * on the first search.
 *
 * @example
 * ```ts
 * const catalog = createToolCatalog([billing, crm]);
 * const [best] = await catalog.search('refund an invoice');
 * ```
 */
export function createToolCatalog(source: ToolCatalogSource, options?: ToolCatalogOptions): ToolCatalog {
  if (isToolCatalog(source)) {
    if (options?.search === undefined && options?.embeddings === undefined) return source;
    return createToolCatalog(source.tools, options);
  }
  const items: ReadonlyArray<ApiServer | ToolDescriptor> = Array.isArray(source)
    ? (source as ReadonlyArray<ApiServer | ToolDescriptor>)
    : [source as ApiServer];
  const key = items[0];
  if (key !== undefined) {
    const entries = cache.get(key) ?? [];
    const found = entries.find(
      (entry) =>
        entry.items.length === items.length &&
        entry.items.every((item, index) => item === items[index]) &&
        entry.options?.search === options?.search &&
        entry.options?.embeddings === options?.embeddings,
    );
    if (found) return found.catalog;
    const catalog = buildCatalog({ items, options });
    entries.push({ items: [...items], options, catalog });
    cache.set(key, entries);
    return catalog;
  }
  return buildCatalog({ items, options });
}

/** True for a catalog made by `createToolCatalog` (any copy of the package). */
export function isToolCatalog(value: unknown): value is ToolCatalog {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[catalogMarker] === true;
}

function buildCatalog(options: {
  items: ReadonlyArray<ApiServer | ToolDescriptor>;
  options: ToolCatalogOptions | undefined;
}): ToolCatalog {
  const tools = collectTools(options.items);
  const byKey = new Map<string, ToolDescriptor>();
  const position = new Map<ToolDescriptor, number>();
  tools.forEach((tool, index) => {
    position.set(tool, index);
    for (const key of new Set([tool.name, tool.id])) {
      const other = byKey.get(key);
      if (other !== undefined) throw new ToolNameClashError({ toolName: key, servers: [other.server, tool.server] });
      byKey.set(key, tool);
    }
  });

  let index: SearchIndex | undefined;
  const amongIndexes = (among: CatalogSearchOptions['among']): Set<number> | undefined => {
    if (among === undefined) return undefined;
    const set = new Set<number>();
    for (const entry of among) {
      const tool = typeof entry === 'string' ? byKey.get(entry) : entry;
      const at = tool === undefined ? undefined : position.get(tool);
      if (at !== undefined) set.add(at);
    }
    return set;
  };
  const lexical = () => (index ??= createSearchIndex(tools));
  const rank = (query: string, searchOptions?: CatalogSearchOptions): SearchMatch[] =>
    lexical()
      .rank({ query, limit: searchOptions?.limit ?? defaultLimit, among: amongIndexes(searchOptions?.among) })
      .map((hit) => ({ descriptor: tools[hit.index], score: hit.score, coverage: hit.coverage }));
  const plugged = options.options?.search;
  const embeddings = options.options?.embeddings;
  const hybrid = embeddings === undefined ? undefined : createHybridSearch({ tools, lexical, embeddings });

  const catalog: ToolCatalog & { [catalogMarker]: true } = {
    [catalogMarker]: true,
    tools,
    visible: () => tools.filter((tool) => !tool.deferred),
    deferred: () => tools.filter((tool) => tool.deferred),
    get: (nameOrId) => byKey.get(nameOrId),
    rank,
    async search(query, searchOptions) {
      if (plugged === undefined && hybrid !== undefined) {
        const hits = await hybrid.rank({ query, limit: searchOptions?.limit ?? defaultLimit, among: amongIndexes(searchOptions?.among) });
        return hits.map(({ index: at, ...hit }) => ({ ...hit, descriptor: tools[at] }));
      }
      if (plugged === undefined) return rank(query, searchOptions);
      const limit = searchOptions?.limit ?? defaultLimit;
      const eligible = amongIndexes(searchOptions?.among);
      const candidates = eligible === undefined ? tools : tools.filter((_, at) => eligible.has(at));
      const names = await plugged({ query, tools: candidates, limit });
      const allowed = new Set(candidates);
      const seen = new Set<ToolDescriptor>();
      const matches: SearchMatch[] = [];
      for (const name of names) {
        const tool = byKey.get(name);
        if (tool === undefined || seen.has(tool) || !allowed.has(tool)) continue;
        seen.add(tool);
        matches.push({ descriptor: tool, score: 1 / (matches.length + 1) });
        if (matches.length >= limit) break;
      }
      return matches;
    },
  };
  return catalog;
}

function collectTools(items: ReadonlyArray<ApiServer | ToolDescriptor>): ToolDescriptor[] {
  const tools: ToolDescriptor[] = [];
  const seen = new Set<ToolDescriptor>();
  for (const item of items) {
    const list = isDescriptor(item) ? [item] : item.tools;
    for (const tool of list) {
      if (seen.has(tool)) continue;
      seen.add(tool);
      tools.push(tool);
    }
  }
  return tools;
}

function isDescriptor(item: ApiServer | ToolDescriptor): item is ToolDescriptor {
  return typeof (item as ToolDescriptor).invoke === 'function';
}
