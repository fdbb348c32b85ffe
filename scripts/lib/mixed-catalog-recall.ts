/**
 * Several APIs in one catalog, as an agent given a team's APIs has them: each set's requests searched among every
 * set's tools at once, beside the same requests searched in their own API alone.
 */
import { type ApiServer, createToolCatalog, type ToolDescriptor } from '@apiwire/core';
import { createPlainBm25, type Ranker } from './plain-bm25';
import type { SearchRequest } from './search-sets';

/** Recall@5 of one set's requests (both halves): in its API alone, in the mixed catalog, and there with the API named. */
export interface MixedRecall {
  api: string;
  tools: number;
  apiwire: { alone: number; mixed: number; named: number };
  plain: { alone: number; mixed: number; named: number };
}

/** A request's gold is its own API's operations: `GET /users` of another API in the catalog is no answer. */
function recallAt5(options: { server: ApiServer; requests: readonly SearchRequest[]; rank: Ranker }): number {
  let found = 0;
  for (const request of options.requests) {
    const gold = new Set(request.gold);
    const top = options.rank(request.query).slice(0, 5);
    if (top.some((tool) => tool.server === options.server.name && gold.has(`${tool.operation.method} ${tool.operation.path}`))) found++;
  }
  return found / Math.max(options.requests.length, 1);
}

/** Each set's recall@5 alone and among all the sets' tools (apiwire's `catalog.rank` and plain BM25). */
export function mixedCatalogRecall(sets: ReadonlyArray<{ server: ApiServer; requests: readonly SearchRequest[] }>): MixedRecall[] {
  const catalog = createToolCatalog(sets.map((set) => set.server));
  const mixedApiwire: Ranker = (query) => catalog.rank(query, { limit: 5 }).map((match) => match.descriptor);
  const mixedPlain = createPlainBm25(sets.flatMap((set) => set.server.tools));
  return sets.map(({ server, requests }) => {
    const alone = createToolCatalog([server]);
    const aloneApiwire: Ranker = (query) => alone.rank(query, { limit: 5 }).map((match): ToolDescriptor => match.descriptor);
    // as a model told the catalog's API names would search: the API's name leading the query
    const named = requests.map((request) => ({ ...request, query: `${server.name}: ${request.query}` }));
    return {
      api: server.name,
      tools: server.tools.length,
      apiwire: {
        alone: recallAt5({ server, requests, rank: aloneApiwire }),
        mixed: recallAt5({ server, requests, rank: mixedApiwire }),
        named: recallAt5({ server, requests: named, rank: mixedApiwire }),
      },
      plain: {
        alone: recallAt5({ server, requests, rank: createPlainBm25(server.tools) }),
        mixed: recallAt5({ server, requests, rank: mixedPlain }),
        named: recallAt5({ server, requests: named, rank: mixedPlain }),
      },
    };
  });
}

/** The sets of the mixed catalog `pnpm bench:search` reports: six APIs a team might give one agent. */
export const mixedCatalogSets: readonly string[] = ['github2022', 'stripe', 'slack', 'box', 'jira', 'trello'];

/** The section `pnpm bench:search` prints: a row per set and the mean. */
export function mixedCatalogSection(rows: readonly MixedRecall[]): string[] {
  if (rows.length < 2) return ['(Several APIs in one catalog: skipped, fewer than two of its sets were run.)'];
  const cells = (row: MixedRecall) => [row.apiwire.alone, row.apiwire.mixed, row.apiwire.named, row.plain.alone, row.plain.mixed, row.plain.named];
  const mean = cells(rows[0]).map((_, at) => rows.reduce((sum, row) => sum + cells(row)[at], 0) / rows.length);
  const line = (label: string, values: number[]) => `| ${label} | ${values.map((value) => value.toFixed(2)).join(' | ')} |`;
  return [
    `Several APIs in one catalog (${rows.map((row) => row.api).join(', ')}: ${rows.reduce((sum, row) => sum + row.tools, 0)} tools): each set's requests, both halves, recall@5 in its API alone, among all these APIs' tools, and there with the API's name leading the request (\`jira: ...\`, as \`search_tools\` asks the model to when it searches several APIs); a request's gold is its own API's operations only.`,
    '',
    '| set | apiwire alone | apiwire mixed | apiwire mixed, API named | BM25 alone | BM25 mixed | BM25 mixed, API named |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((row) => line(`${row.api} (${row.tools} tools)`, cells(row))),
    line('mean', mean),
  ];
}
