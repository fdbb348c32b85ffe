/** The AI SDK's own `toolSearch` for deferred apiwire tools, ranked by the catalog's search. */
import { matchedPoorly, severalApisHint, type ToolCatalog, type ToolDescriptor } from '@apiwire/core';
import { toolSearch } from 'ai';

/**
 * `toolSearch({ search, maxResults })` whose `search` ranks the SDK's eligible deferred tools with
 * `catalog.search`; the SDK offers the matches from the next step, for this generation only. Poor matches
 * (`matchedPoorly` with `minCoverage`) are not offered: the model gets no tools, and the SDK's own description tells
 * it to try other keywords. When the deferred tools come from several APIs, the description also names them
 * (`severalApisHint`).
 */
export function apiwireToolSearch(options: {
  catalog: ToolCatalog;
  maxResults: number;
  /** Below this coverage of the query by the best match nothing is offered (default 0.1). */
  minCoverage?: number;
  /** The descriptor behind a tool-set key. */
  descriptorOf: (key: string) => ToolDescriptor | undefined;
  /** The tool-set key of a descriptor name. */
  keyOf: (name: string) => string | undefined;
}): ReturnType<typeof toolSearch> {
  const { catalog, maxResults, minCoverage, descriptorOf, keyOf } = options;
  const search = toolSearch({
    maxResults,
    search: async ({ query, tools }) => {
      const among = tools.flatMap((tool) => {
        const descriptor = descriptorOf(tool.name);
        return descriptor === undefined ? [] : [descriptor];
      });
      if (among.length === 0) return [];
      const matches = await catalog.search(query, { limit: maxResults, among });
      if (matchedPoorly(matches, { minCoverage })) return [];
      return matches.flatMap((match) => {
        const key = keyOf(match.descriptor.name);
        return key === undefined ? [] : [key];
      });
    },
  });
  // the SDK's own description, plus the API names when the deferred tools come from several
  search.description = `${search.description ?? ''}${severalApisHint(catalog.deferred())}`;
  return search;
}
