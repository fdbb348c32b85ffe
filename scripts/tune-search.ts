/**
 * `pnpm tune:search`: recall@5 of the built-in ranking on the DEV halves of scripts/search-sets and on RestBench,
 * beside plain BM25, read from core's source (no build needed), in a few seconds once the specs are loaded. For
 * trying a ranking change; `TUNE_VERBOSE=1` lists the misses. The test halves are never read here: they are
 * reported by `pnpm bench:search` once a change has been chosen.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ToolDescriptor } from '@apiwire/core';
import { loadApiServer } from '@apiwire/core';
import { createSearchIndex } from '../packages/core/src/search/create-search-index';
import { createPlainBm25 } from './lib/plain-bm25';
import { loadSearchSets } from './lib/search-sets';
import { repositoryRoot } from './lib/shared-dir';

interface TuningSet {
  api: string;
  tools: readonly ToolDescriptor[];
  requests: Array<{ id: string; query: string; gold: string[] }>;
  /** RestBench counts the share of a query's gold operations found; the request sets any one of them. */
  share: boolean;
}

const key = (tool: ToolDescriptor) => `${tool.operation.method} ${tool.operation.path}`;
const restbenchDir = resolve(repositoryRoot, 'fixtures', 'restbench');

async function tuningSets(): Promise<TuningSet[]> {
  const sets: TuningSet[] = [];
  for (const loaded of await loadSearchSets()) {
    if (!('server' in loaded)) continue;
    const requests = loaded.set.requests.filter((request) => request.half === 'dev');
    sets.push({ api: loaded.set.api, tools: loaded.server.tools, requests, share: false });
  }
  const lines = (await readFile(resolve(restbenchDir, 'restbench_normalized.jsonl'), 'utf8')).split('\n').filter((line) => line.trim() !== '');
  const queries = lines.map((line) => JSON.parse(line) as { api: string; query: string; gold_unique: string[] });
  for (const api of [
    { name: 'tmdb', file: 'tmdb_oas.json' },
    { name: 'spotify', file: 'spotify_oas.json' },
  ]) {
    const spec = JSON.parse(await readFile(resolve(restbenchDir, api.file), 'utf8')) as object;
    const server = await loadApiServer({ name: api.name, spec, baseUrl: 'https://api.example.invalid' });
    const mine = queries.filter((query) => query.api === api.name);
    sets.push({ api: api.name, tools: server.tools, requests: mine.map((query, index) => ({ id: `${api.name}-${index}`, query: query.query, gold: query.gold_unique })), share: true });
  }
  return sets;
}

function recallAt5(set: TuningSet, rank: (query: string) => string[], listMisses = false): number {
  let total = 0;
  for (const request of set.requests) {
    const top = rank(request.query).slice(0, 5);
    if (set.share) total += top.filter((found) => request.gold.includes(found)).length / request.gold.length;
    else if (request.gold.some((gold) => top.includes(gold))) total++;
    else if (listMisses) process.stderr.write(`${request.id}: ${request.query}\n  want ${request.gold.join(', ')}\n  top5 ${top.join(', ')}\n`);
  }
  return total / set.requests.length;
}

const rows = ['| set | apiwire @5 | plain BM25 @5 |', '|---|---|---|'];
for (const set of await tuningSets()) {
  const index = createSearchIndex(set.tools);
  const plain = createPlainBm25(set.tools);
  const apiwire = recallAt5(set, (query) => index.rank({ query, limit: 5 }).map((hit) => key(set.tools[hit.index])), process.env.TUNE_VERBOSE !== undefined);
  const baseline = recallAt5(set, (query) => plain(query).map(key));
  rows.push(`| ${set.api} ${set.share ? '' : '(dev)'} | ${apiwire.toFixed(2)} | ${baseline.toFixed(2)} |`);
}
console.log(rows.join('\n'));
