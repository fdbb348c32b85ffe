/**
 * `pnpm bench:search`: search recall on the request sets of scripts/search-sets (dev and test halves) and on
 * RestBench (TMDB, Spotify), apiwire against plain BM25 in the same run; latency on the current GitHub catalog;
 * how often `search_tools` says nothing matched on requests that have an answer; tool-token savings.
 * `BENCH_SEARCH_SETS=gitlab,bungie` runs only those request sets; `BENCH_SEARCH_EMBEDDINGS=0` skips hybrid search;
 * `SEARCH_EMBEDDINGS=sentence-encoder` measures it with another embedding model than all-MiniLM (scripts/lib/search-embeddings.ts).
 * `pnpm compare:search before.md after.md` compares two saved outputs set by set.
 */
import { resolve } from 'node:path';
import { loadO200kTokenCounter } from '@apiwire/cli';
import type { ApiServer, ToolDescriptor, ToolEmbeddings } from '@apiwire/core';
import { createCallTool, createSearchTool, createToolCatalog, embeddingText, estimateToolTokens, loadApiServer } from '@apiwire/core';
import { cosine } from './lib/cosine';
import { type HalfRecall, recallSummary } from './lib/recall-summary';
import { mixedCatalogRecall, mixedCatalogSection, mixedCatalogSets } from './lib/mixed-catalog-recall';
import { searchResultTokens } from './lib/search-result-tokens';
import { createPlainBm25 } from './lib/plain-bm25';
import { loadRestbench } from './lib/restbench';
import { type PersistedEmbeddings, persistedEmbeddings } from './lib/persisted-embeddings';
import { searchEmbeddings } from './lib/search-embeddings';
import { runSectionIfMain } from './lib/run-section-if-main';
import { loadSearchSets, type SearchRequest } from './lib/search-sets';
import { repositoryRoot } from './lib/shared-dir';
import { loadUnanswerableSets } from './lib/unanswerable-sets';

interface Recall {
  requests: number;
  at1: number;
  at5: number;
  at10: number;
}

/** Ranks tools for a query, best first, at most 10. */
type Ranker = (query: string) => ToolDescriptor[] | Promise<ToolDescriptor[]>;

interface Method {
  label: string;
  rank: Ranker;
}

/** Runs the benchmark and returns its markdown section. */
export async function run(): Promise<string> {
  const out: string[] = [];
  const only = process.env.BENCH_SEARCH_SETS?.split(',').map((api) => api.trim()).filter((api) => api !== '');
  const sets = await loadSearchSets({ only });
  const verbose = process.env.BENCH_SEARCH_VERBOSE !== undefined;
  const encoder = process.env.BENCH_SEARCH_EMBEDDINGS === '0' ? { unavailable: 'BENCH_SEARCH_EMBEDDINGS=0' } : await embeddingModel();
  const embeddings = 'unavailable' in encoder ? undefined : encoder;
  const rows: string[] = [];
  const hybridRows: string[] = [];
  const summary: HalfRecall[] = [];
  const noMatch = { fired: 0, answered: 0, named: 0, requests: 0 };
  const resultSizes: Array<{ label: string; server: ApiServer; queries: string[] }> = [];
  const unanswerable = new Map((await loadUnanswerableSets()).map(({ set }) => [set.api, set.requests]));
  const rightlyNone = { dev: { fired: 0, requests: 0 }, test: { fired: 0, requests: 0 } };
  let github: ApiServer | undefined;
  for (const loaded of sets) {
    if (!('server' in loaded)) {
      rows.push(`| ${loaded.set.api} | skipped: ${loaded.skipped} | | | | | | | |`);
      continue;
    }
    const { set, server } = loaded;
    if (set.api === 'github') github = server;
    const methods = setMethods(server);
    const semantic = embeddings === undefined ? [] : semanticMethods({ server, embeddings });
    for (const half of ['dev', 'test'] as const) {
      const requests = set.requests.filter((request) => request.half === half);
      const [apiwire, plain] = await Promise.all(methods.map((method) => anyGoldRecall({ requests, rank: method.rank })));
      const label = `${set.api} (${server.tools.length} tools)`;
      const sharesWord = sharedWordShare({ server, requests });
      rows.push(recallRow({ label, half, apiwire, plain, ceiling: sharesWord }));
      const summaryRow: HalfRecall = { api: set.api, half, heldOut: set.heldOut === true, requests: requests.length, apiwire: apiwire.at5, plain: plain.at5, sharesWord };
      if (semantic.length > 0) {
        const [vector, hybrid] = [await anyGoldRecall({ requests, rank: semantic[0].rank }), await anyGoldRecall({ requests, rank: semantic[1].rank })];
        hybridRows.push(`| ${label} | ${half} | ${figure(apiwire.at5)} | ${figure(vector.at5)} | ${figure(hybrid.at1)} | **${figure(hybrid.at5)}** | ${figure(hybrid.at10)} |`);
        summaryRow.hybrid = hybrid.at5;
      }
      summary.push(summaryRow);
      if (verbose && half === 'dev') process.stderr.write(await listMisses({ requests, rank: methods[0].rank }));
    }
    if (resultSizeSets.has(set.api)) resultSizes.push({ label: `${set.api} (${set.requests.length} requests)`, server, queries: set.requests.map((request) => request.query) });
    const searchTool = createSearchTool(createToolCatalog([server]), { scope: 'all' });
    for (const request of set.requests) {
      const { result } = await searchTool.execute({ query: request.query }, { revealed: [] });
      noMatch.requests++;
      if (!('tools' in result) || result.tools.length > 0) continue;
      noMatch.fired++;
      const top5 = (await methods[0].rank(request.query)).slice(0, 5).map(operationKey);
      if (request.gold.some((key) => top5.includes(key))) noMatch.answered++;
      // the note names the closest tools; the model can search for one by its exact name
      const names = /not shown: ([^;]+);/.exec(result.note ?? '')?.[1].split(', ') ?? [];
      const named = server.tools.filter((tool) => names.includes(tool.name)).map(operationKey);
      if (request.gold.some((key) => named.includes(key))) noMatch.named++;
    }
    for (const request of unanswerable.get(set.api) ?? []) {
      const { result } = await searchTool.execute({ query: request.query }, { revealed: [] });
      rightlyNone[request.half].requests++;
      if ('tools' in result && result.tools.length === 0) rightlyNone[request.half].fired++;
    }
  }
  out.push(
    `Request sets (scripts/search-sets, ${sets.reduce((sum, loaded) => sum + loaded.set.requests.length, 0)} plain-language requests, each listing every acceptable operation).`,
    'recall@k: share of requests with an acceptable operation in the top k. apiwire is `catalog.rank` (lexical); plain BM25 is one bag of words per operation (name, description, path, tags, parameter names; simple stemming), scripts/lib/plain-bm25.ts. The ranking is tuned on `dev` only (`pnpm tune:search` reads only the dev halves).',
    '"shares a word": share of requests where some acceptable operation has at least one of the request\'s words, or a synonym of one from core\'s synonym tables (stemmed, stop words aside), anywhere apiwire indexes it: the most a lexical ranking can find, at any depth. The rest need a word neither the API nor the table has (an embedding model, below).',
    '',
    '| set | half | requests | shares a word | apiwire @1 | apiwire @5 | apiwire @10 | BM25 @1 | BM25 @5 | BM25 @10 |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    'Mean recall@5 over sets, each set counting the same (a held-out set\'s two halves together, weighted by their requests):',
    '',
    ...recallSummary(summary),
    '',
    `\`search_tools\` (lexical, default \`minCoverage\` 0.1) answered "nothing matched well" on ${noMatch.fired} of ${noMatch.requests} requests that do have an answer (${percent(noMatch.fired / Math.max(noMatch.requests, 1))}); on ${noMatch.answered} of them (${percent(noMatch.answered / Math.max(noMatch.requests, 1))} of all) an acceptable operation was in the lexical top 5, and on ${noMatch.named} the note named one among the closest tools it lists (not shown; the model can search for it by name). On requests no operation serves (scripts/search-sets/unanswerable, written blind) it answered so on ${rightlyNone.dev.fired} of ${rightlyNone.dev.requests} in the dev halves and ${rightlyNone.test.fired} of ${rightlyNone.test.requests} in the test halves (${percent((rightlyNone.dev.fired + rightlyNone.test.fired) / Math.max(rightlyNone.dev.requests + rightlyNone.test.requests, 1))} in all); elsewhere it showed the 5 closest tools. With embeddings it does not judge (it cannot tell a weak vector match from a good one).`,
    '',
    ...(embeddings === undefined
      ? [`(Hybrid search not measured: ${'unavailable' in encoder ? encoder.unavailable : ''}.)`]
      : [
          `Hybrid search with a small real embedding model, ${embeddings.model} (\`SEARCH_EMBEDDINGS\` chooses it, scripts/lib/search-embeddings.ts; installed on demand): vector alone is the cosine ranking of the same embedded texts; hybrid is \`catalog.search\` with \`embeddings\` (reciprocal rank fusion of the lexical and vector rankings, 50 deep each, the vector ranking weighted by 1 minus the lexical top 5's best coverage).`,
          '',
          '| set | half | lexical @5 | vector alone @5 | hybrid @1 | hybrid @5 | hybrid @10 |',
          '|---|---|---|---|---|---|---|',
          ...hybridRows,
        ]),
    '',
    ...mixedCatalogSection(mixedCatalogRecall(sets.flatMap((loaded) => ('server' in loaded && mixedCatalogSets.includes(loaded.set.api) ? [{ server: loaded.server, requests: loaded.set.requests }] : [])))),
    '',
    ...(await restbenchSection(embeddings)),
    '',
    ...latencySection(github),
    '',
    ...(await tokenSection(github)),
    '',
    ...(await resultTokenSection(resultSizes)),
  );
  await embeddings?.save();
  return out.join('\n');
}

function setMethods(server: ApiServer): Method[] {
  const catalog = createToolCatalog([server]);
  return [
    { label: 'apiwire', rank: (query) => catalog.rank(query, { limit: 10 }).map((match) => match.descriptor) },
    { label: 'plain BM25', rank: createPlainBm25(server.tools) },
  ];
}

/** The model `SEARCH_EMBEDDINGS` names, its vectors kept in `.cache/search-vectors/`, or why it can't be had (probed once). */
async function embeddingModel(): Promise<PersistedEmbeddings | { unavailable: string }> {
  const { model, load } = searchEmbeddings(process.env.SEARCH_EMBEDDINGS);
  const embeddings = await persistedEmbeddings({ model, load });
  try {
    await embeddings.embedQuery('probe');
    return embeddings;
  } catch (error) {
    return { unavailable: (error as Error).message };
  }
}

/** Vector alone (cosine over the texts `embeddingText` gives) and hybrid (`catalog.search` with embeddings). */
function semanticMethods(options: { server: ApiServer; embeddings: ToolEmbeddings }): Method[] {
  const { server, embeddings } = options;
  const catalog = createToolCatalog([server], { embeddings });
  let toolVectors: Promise<number[][]> | undefined;
  return [
    {
      label: 'vector alone',
      rank: async (query) => {
        toolVectors ??= embeddings.embedDocuments(server.tools.map(embeddingText));
        const [vectors, queryVector] = await Promise.all([toolVectors, embeddings.embedQuery(query)]);
        return vectors
          .map((vector, index) => ({ index, similarity: cosine(vector, queryVector) }))
          .sort((left, right) => right.similarity - left.similarity || left.index - right.index)
          .slice(0, 10)
          .map((hit) => server.tools[hit.index]);
      },
    },
    { label: 'hybrid', rank: async (query) => (await catalog.search(query, { limit: 10 })).map((match) => match.descriptor) },
  ];
}

async function anyGoldRecall(options: { requests: SearchRequest[]; rank: Ranker }): Promise<Recall> {
  const recall: Recall = { requests: options.requests.length, at1: 0, at5: 0, at10: 0 };
  for (const request of options.requests) {
    const gold = new Set(request.gold);
    const first = (await options.rank(request.query)).findIndex((tool) => gold.has(operationKey(tool)));
    if (first < 0) continue;
    if (first < 1) recall.at1++;
    if (first < 5) recall.at5++;
    if (first < 10) recall.at10++;
  }
  const count = Math.max(recall.requests, 1);
  return { requests: recall.requests, at1: recall.at1 / count, at5: recall.at5 / count, at10: recall.at10 / count };
}

function figure(value: number): string {
  return value.toFixed(2);
}

function recallRow(options: { label: string; half: string; apiwire: Recall; plain: Recall; ceiling: number }): string {
  const { apiwire, plain } = options;
  return `| ${options.label} | ${options.half} | ${apiwire.requests} | ${figure(options.ceiling)} | ${figure(apiwire.at1)} | **${figure(apiwire.at5)}** | ${figure(apiwire.at10)} | ${figure(plain.at1)} | ${figure(plain.at5)} | ${figure(plain.at10)} |`;
}

/**
 * The share of requests for which the lexical ranking scores some acceptable operation at all (`among` the
 * acceptable ones, no depth limit): an operation it never scores shares no word, nor a synonym of one, with the
 * request.
 */
function sharedWordShare(options: { server: ApiServer; requests: SearchRequest[] }): number {
  const catalog = createToolCatalog([options.server]);
  let shared = 0;
  for (const request of options.requests) {
    const among = options.server.tools.filter((tool) => request.gold.includes(operationKey(tool)));
    if (catalog.rank(request.query, { among, limit: among.length }).length > 0) shared++;
  }
  return shared / Math.max(options.requests.length, 1);
}

async function listMisses(options: { requests: SearchRequest[]; rank: Ranker }): Promise<string> {
  const lines: string[] = [];
  for (const request of options.requests) {
    const ranked = (await options.rank(request.query)).slice(0, 5).map(operationKey);
    if (request.gold.some((key) => ranked.includes(key))) continue;
    lines.push(`${request.id}: ${request.query}\n  want ${request.gold.join(', ')}\n  top5 ${ranked.join(', ')}`);
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** RestBench as before: each query's gold operations (`gold_unique`), recall as the share of them found. */
async function restbenchSection(embeddings: ToolEmbeddings | undefined): Promise<string[]> {
  const rows: string[] = [];
  for (const { name, server, queries: mine } of await loadRestbench()) {
    const methods = [...setMethods(server), ...(embeddings === undefined ? [] : semanticMethods({ server, embeddings }).slice(1))];
    const figures: string[][] = [];
    for (const method of methods) {
      const totals = { at1: 0, at5: 0, at10: 0 };
      for (const query of mine) {
        const ranked = (await method.rank(query.query)).map(operationKey);
        const gold = new Set(query.gold);
        const share = (k: number) => ranked.slice(0, k).filter((key) => gold.has(key)).length / gold.size;
        totals.at1 += share(1);
        totals.at5 += share(5);
        totals.at10 += share(10);
      }
      figures.push([totals.at1, totals.at5, totals.at10].map((value) => (value / mine.length).toFixed(2)));
    }
    const [apiwire, plain, hybrid] = figures;
    const hybridCells = hybrid === undefined ? '' : ` ${hybrid[0]} | **${hybrid[1]}** | ${hybrid[2]} |`;
    rows.push(`| ${name} (${server.tools.length} tools) | ${mine.length} | ${apiwire[0]} | **${apiwire[1]}** | ${apiwire[2]} | ${plain[0]} | ${plain[1]} | ${plain[2]} |${hybridCells}`);
  }
  const hybridHead = embeddings === undefined ? ['', ''] : [' hybrid @1 | hybrid @5 | hybrid @10 |', '---|---|---|'];
  return [
    'RestBench (fixtures/restbench, MIT): recall@k is the share of a query\'s gold operations in the top k, averaged.',
    '',
    `| API | queries | apiwire @1 | apiwire @5 | apiwire @10 | BM25 @1 | BM25 @5 | BM25 @10 |${hybridHead[0]}`,
    `|---|---|---|---|---|---|---|---|${hybridHead[1]}`,
    ...rows,
  ];
}

/** p50/p95 of one lexical search over the current GitHub catalog, eight fixed queries fifty times each. */
function latencySection(github: ApiServer | undefined): string[] {
  if (github === undefined) return ['(Latency skipped: the current GitHub set was not run, or its spec could not be had.)'];
  // a catalog of its own (not the cached one of `[github]`), so the first search builds the index
  const catalog = createToolCatalog([...github.tools]);
  const buildStart = performance.now();
  catalog.rank('warm up the index');
  const buildMs = performance.now() - buildStart;
  const probe = ['merge a pull request', 'create an issue comment', 'delete a webhook', 'get the authenticated user', 'search code', 'list workflow runs', 'star a repository', 'add a collaborator'];
  const times: number[] = [];
  for (let repeat = 0; repeat < 50; repeat++) {
    for (const query of probe) {
      const start = performance.now();
      catalog.rank(query, { limit: 10 });
      times.push(performance.now() - start);
    }
  }
  return [
    `Latency: current GitHub catalog (${github.tools.length} tools), lexical \`catalog.rank\`, limit 10; index built once on the first search in ${formatMs(buildMs)}; ${times.length} searches (${probe.length} queries × 50): p50 ${formatMs(percentile(times, 0.5))}, p95 ${formatMs(percentile(times, 0.95))}.`,
  ];
}

async function tokenSection(github: ApiServer | undefined): Promise<string[]> {
  const specs = resolve(repositoryRoot, 'fixtures', 'specs');
  const github2022 = await loadApiServer({ name: 'github', spec: resolve(specs, 'github-2022-07.json'), baseUrl: 'https://api.github.com' });
  const rows = [await tokenRow({ label: 'GitHub 2022-07 (fixtures/specs)', server: github2022 })];
  if (github !== undefined) rows.push(await tokenRow({ label: 'GitHub current (@octokit/openapi via scripts/lib/github-spec.ts)', server: github }));
  return [
    'Tool-definition tokens (o200k_base, each tool as the JSON function definition chat APIs receive: name, description, parameters):',
    '',
    '| spec | tools | every operation as a tool | everything deferred: `search_tools` + `call_tool` | saving |',
    '|---|---|---|---|---|',
    ...rows,
  ];
}

/** The sets whose requests measure what `search_tools` results cost the model: the big APIs. */
const resultSizeSets = new Set(['github', 'github2022', 'stripe']);

async function resultTokenSection(sets: ReadonlyArray<{ label: string; server: ApiServer; queries: string[] }>): Promise<string[]> {
  const countTokens = await loadO200kTokenCounter();
  const rows: string[] = [];
  for (const set of sets) {
    const { withSchemas, withoutSchemas } = await searchResultTokens({ ...set, countTokens });
    rows.push(`| ${set.label} | ${Math.round(withSchemas).toLocaleString('en-US')} | ${Math.round(withoutSchemas).toLocaleString('en-US')} |`);
  }
  return [
    '`search_tools` results the model reads (o200k_base tokens of the JSON result, mean over the set\'s requests; up to 5 matches, all tools searched). With input schemas: core\'s default and `toLangChainTools`, where the model may run a match only through `call_tool`; without: `createApiwireMiddleware`, which offers the revealed tools themselves, schemas and all, from the next step.',
    '',
    '| set | with input schemas | without |',
    '|---|---|---|',
    ...rows,
  ];
}

async function tokenRow(options: { label: string; server: ApiServer }): Promise<string> {
  const countTokens = await loadO200kTokenCounter();
  const all = estimateToolTokens(options.server.tools, { countTokens });
  const catalog = createToolCatalog([options.server]);
  const deferred = estimateToolTokens([createSearchTool(catalog), createCallTool(catalog)], { countTokens });
  const saving = all.total - deferred.total;
  const figure = (value: number) => value.toLocaleString('en-US');
  return `| ${options.label} | ${options.server.tools.length} | ${figure(all.total)} | ${figure(deferred.total)} | ${figure(saving)} (${((saving / all.total) * 100).toFixed(2)} %) |`;
}

function operationKey(tool: ToolDescriptor): string {
  return `${tool.operation.method} ${tool.operation.path}`;
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)} %`;
}

function formatMs(value: number): string {
  return value < 1 ? `${(value * 1000).toFixed(0)} µs` : `${value.toFixed(1)} ms`;
}

runSectionIfMain(import.meta.url, run);
