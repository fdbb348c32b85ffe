/** What the model reads back from `search_tools`: tokens of its results, with and without the matches' input schemas. */
import { type ApiServer, createSearchTool, createToolCatalog } from '@apiwire/core';

/** Mean tokens (by `countTokens`) of the JSON result of a search for each query, up to 5 matches over all tools. */
export async function searchResultTokens(options: {
  server: ApiServer;
  queries: readonly string[];
  countTokens: (text: string) => number;
}): Promise<{ withSchemas: number; withoutSchemas: number }> {
  const catalog = createToolCatalog([options.server]);
  const mean = async (inputSchemas: boolean) => {
    const search = createSearchTool(catalog, { scope: 'all', inputSchemas });
    let total = 0;
    for (const query of options.queries) total += options.countTokens(JSON.stringify((await search.execute({ query }, { revealed: [] })).result));
    return total / Math.max(options.queries.length, 1);
  };
  return { withSchemas: await mean(true), withoutSchemas: await mean(false) };
}
