/** `pnpm bench:search`: search recall on RestBench (TMDB, Spotify) against a plain BM25 baseline, latency, and tool-token savings. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ApiServer, ToolCatalog, ToolDescriptor } from '@apiwire/core';
import { loadO200kTokenCounter } from '@apiwire/cli';
import { createCallTool, createSearchTool, createToolCatalog, estimateToolTokens, loadApiServer } from '@apiwire/core';
import { repositoryRoot } from './lib/shared-dir';
import { runSectionIfMain } from './lib/run-section-if-main';

interface BenchQuery {
  id: string;
  api: string;
  query: string;
  gold_unique: string[];
}

interface Scores {
  queries: number;
  recallAt1: number;
  recallAt5: number;
  recallAt10: number;
  allGoldAt10: number;
  ndcgAt10: number;
  p50Ms: number;
}

type Ranker = (query: string) => ToolDescriptor[];

const restbenchDir = resolve(repositoryRoot, 'fixtures', 'restbench');
const apis = [
  { name: 'tmdb', file: 'tmdb_oas.json', baseUrl: 'https://api.themoviedb.org/3' },
  { name: 'spotify', file: 'spotify_oas.json', baseUrl: 'https://api.spotify.com/v1' },
];

/** Runs the benchmark and returns its markdown section. */
export async function run(): Promise<string> {
  const lines = await readFile(resolve(restbenchDir, 'restbench_normalized.jsonl'), 'utf8');
  const queries = lines.split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as BenchQuery);
  const rows: string[] = [];
  const misses: string[] = [];
  for (const api of apis) {
    const server = await loadApiServer({ name: api.name, spec: await readRestbenchSpec(api.file), baseUrl: api.baseUrl });
    const catalog = createToolCatalog([server]);
    const mine = queries.filter((query) => query.api === api.name);
    const apiwire = score({ queries: mine, rank: (query) => catalog.rank(query, { limit: 10 }).map((match) => match.descriptor) });
    const baseline = score({ queries: mine, rank: createSummaryBaseline(server.tools) });
    rows.push(row({ api: api.name, tools: server.tools.length, method: 'apiwire `catalog.rank`', scores: apiwire }));
    rows.push(row({ api: api.name, tools: server.tools.length, method: 'BM25 over summaries (baseline)', scores: baseline }));
    if (process.env.BENCH_SEARCH_VERBOSE) misses.push(...listMisses({ queries: mine, catalog }));
  }
  if (misses.length > 0) process.stderr.write(`${misses.join('\n')}\n`);

  const sections = [
    `RestBench (${queries.length} queries, fixtures/restbench, MIT): for each query, where each operation of \`gold_unique\` ranks.`,
    'recall@k: share of gold operations in the top k, averaged over queries; all-gold@10: queries with every gold operation in the top 10; NDCG@10 with binary relevance; p50: median time of one search.',
    '',
    '| API | tools | method | queries | recall@1 | recall@5 | recall@10 | all-gold@10 | NDCG@10 | p50 |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    ...(await largeCatalogSection()),
  ];
  return sections.join('\n');
}

/**
 * The spec as an object, without the `x-*` members of `components`: Spotify's `x-spotify-policy` is a `$ref` to a
 * `../policies.yaml` that RestBench does not ship, and no operation uses it.
 */
async function readRestbenchSpec(file: string): Promise<Record<string, unknown>> {
  const spec = JSON.parse(await readFile(resolve(restbenchDir, file), 'utf8')) as { components?: Record<string, unknown> };
  for (const key of Object.keys(spec.components ?? {})) if (key.startsWith('x-')) delete spec.components?.[key];
  return spec;
}

function score(options: { queries: BenchQuery[]; rank: Ranker }): Scores {
  const totals = { recallAt1: 0, recallAt5: 0, recallAt10: 0, allGoldAt10: 0, ndcgAt10: 0 };
  const times: number[] = [];
  for (const query of options.queries) {
    const ranked = options.rank(query.query).map(operationKey);
    for (let repeat = 0; repeat < 5; repeat++) {
      const start = performance.now();
      options.rank(query.query);
      times.push(performance.now() - start);
    }
    const gold = new Set(query.gold_unique);
    const hitsAt = (k: number) => ranked.slice(0, k).filter((key) => gold.has(key)).length;
    totals.recallAt1 += hitsAt(1) / gold.size;
    totals.recallAt5 += hitsAt(5) / gold.size;
    totals.recallAt10 += hitsAt(10) / gold.size;
    totals.allGoldAt10 += hitsAt(10) === gold.size ? 1 : 0;
    let dcg = 0;
    ranked.slice(0, 10).forEach((key, index) => {
      if (gold.has(key)) dcg += 1 / Math.log2(index + 2);
    });
    let ideal = 0;
    for (let index = 0; index < Math.min(gold.size, 10); index++) ideal += 1 / Math.log2(index + 2);
    totals.ndcgAt10 += dcg / ideal;
  }
  const count = options.queries.length;
  return {
    queries: count,
    recallAt1: totals.recallAt1 / count,
    recallAt5: totals.recallAt5 / count,
    recallAt10: totals.recallAt10 / count,
    allGoldAt10: totals.allGoldAt10 / count,
    ndcgAt10: totals.ndcgAt10 / count,
    p50Ms: median(times),
  };
}

function row(options: { api: string; tools: number; method: string; scores: Scores }): string {
  const { scores } = options;
  const figure = (value: number) => value.toFixed(2);
  return `| ${options.api} | ${options.tools} | ${options.method} | ${scores.queries} | ${figure(scores.recallAt1)} | ${figure(scores.recallAt5)} | ${figure(scores.recallAt10)} | ${figure(scores.allGoldAt10)} | ${figure(scores.ndcgAt10)} | ${formatMs(scores.p50Ms)} |`;
}

function listMisses(options: { queries: BenchQuery[]; catalog: ToolCatalog }): string[] {
  return options.queries.flatMap((query) => {
    const ranked = options.catalog.rank(query.query, { limit: 5 }).map((match) => operationKey(match.descriptor));
    const missing = query.gold_unique.filter((key) => !ranked.includes(key));
    return missing.length === 0 ? [] : [`${query.id}: ${query.query}\n  missing ${missing.join(', ')}\n  top5 ${ranked.join(', ')}`];
  });
}

/** The reference: plain BM25 (k1 1.2, b 0.75) over each operation's summary, words split on non-letters. */
function createSummaryBaseline(tools: readonly ToolDescriptor[]): Ranker {
  const tokenize = (text: string) => text.toLowerCase().split(/[^a-z0-9]+/).filter((word) => word !== '');
  const documents = tools.map((tool) => tokenize(tool.operation.summary ?? ''));
  const average = documents.reduce((sum, words) => sum + words.length, 0) / Math.max(documents.length, 1);
  const frequency = new Map<string, number>();
  for (const words of documents) for (const word of new Set(words)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  return (query) => {
    const terms = new Set(tokenize(query));
    const scored = documents.map((words, index) => {
      let total = 0;
      for (const term of terms) {
        const count = words.filter((word) => word === term).length;
        if (count === 0) continue;
        const documentFrequency = frequency.get(term) ?? 0;
        const idf = Math.log(1 + (documents.length - documentFrequency + 0.5) / (documentFrequency + 0.5));
        total += (idf * count * 2.2) / (count + 1.2 * (1 - 0.75 + (0.75 * words.length) / (average || 1)));
      }
      return { index, total };
    });
    return scored
      .filter((entry) => entry.total > 0)
      .sort((left, right) => right.total - left.total || left.index - right.index)
      .slice(0, 10)
      .map((entry) => tools[entry.index]);
  };
}

/** GitHub 2022 + Stripe (fixtures/specs): latency on a catalog of 1,200+ tools; tool-token savings for GitHub. */
async function largeCatalogSection(): Promise<string[]> {
  const specs = resolve(repositoryRoot, 'fixtures', 'specs');
  const github = await loadApiServer({ name: 'github', spec: resolve(specs, 'github-2022-07.json'), baseUrl: 'https://api.github.com' });
  const stripe = await loadApiServer({ name: 'stripe', spec: resolve(specs, 'stripe-2023-09-12.yaml'), baseUrl: 'https://api.stripe.com' });
  const out: string[] = [];

  const large = createToolCatalog([github, stripe]);
  const probe = ['list pull requests of a repository', 'create an issue comment', 'refund a charge', 'delete a webhook', 'get the authenticated user', 'cancel a subscription', 'search code', 'update a customer email'];
  const buildStart = performance.now();
  large.rank('warm up the index');
  const buildMs = performance.now() - buildStart;
  const times: number[] = [];
  for (let repeat = 0; repeat < 50; repeat++) {
    for (const query of probe) {
      const start = performance.now();
      large.rank(query, { limit: 10 });
      times.push(performance.now() - start);
    }
  }
  out.push(
    `Large catalog: github 2022-07 (${github.tools.length} tools) + stripe 2023-09-12 (${stripe.tools.length} tools) = ${large.tools.length} tools (fixtures/specs); index built once, on the first search, in ${formatMs(buildMs)}; ${times.length} searches (${probe.length} queries × 50), p50 ${formatMs(median(times))}, p95 ${formatMs(percentile(times, 0.95))}.`,
    '',
    'Tool-definition tokens (o200k_base, each tool as the JSON function definition chat APIs receive: name, description, parameters):',
    '',
    '| spec | tools | every operation as a tool | everything deferred: `search_tools` + `call_tool` | saving |',
    '|---|---|---|---|---|',
    await tokenRow({ label: 'GitHub 2022-07 (fixtures/specs)', server: github }),
  );
  try {
    const { githubSpecPath } = await import('./lib/github-spec');
    const current = await loadApiServer({ name: 'github', spec: await githubSpecPath(), baseUrl: 'https://api.github.com' });
    out.push(await tokenRow({ label: 'GitHub current (@octokit/openapi via scripts/lib/github-spec.ts)', server: current }));
  } catch (error) {
    out.push('', `(The current GitHub description could not be had: ${(error as Error).message.split('\n')[0]}.)`);
  }
  return out;
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

function median(values: number[]): number {
  return percentile(values, 0.5);
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}

function formatMs(value: number): string {
  return value < 1 ? `${(value * 1000).toFixed(0)} µs` : `${value.toFixed(1)} ms`;
}

runSectionIfMain(import.meta.url, run);
