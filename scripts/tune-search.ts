/**
 * `pnpm tune:search`: recall@5 of the built-in ranking on the DEV halves of scripts/search-sets and on RestBench,
 * beside plain BM25, read from core's source (no build needed), in a few seconds once the specs are loaded. For
 * trying a ranking change; `TUNE_VERBOSE=1` lists the misses; `TUNE_HYBRID=1` adds vector-alone and fused rankings
 * with the embedding model `SEARCH_EMBEDDINGS` names (scripts/lib/search-embeddings.ts; all-MiniLM-L6-v2 when
 * unset). The test halves, and sets marked `heldOut` (both halves), are never read here: they are reported by
 * `pnpm bench:search` once a change has been chosen.
 * `TUNE_NO_MATCH=1` adds how often "nothing matched well" would fire at several `minCoverage` thresholds, on the
 * dev halves of the request sets and of scripts/search-sets/unanswerable.
 */
import type { ToolDescriptor } from '@apiwire/core';
import { embeddingText } from '@apiwire/core';
import { createSearchIndex } from '../packages/core/src/search/create-search-index';
import { persistedEmbeddings } from './lib/persisted-embeddings';
import { cosine } from './lib/cosine';
import { createPlainBm25 } from './lib/plain-bm25';
import { loadRestbench } from './lib/restbench';
import { searchEmbeddings } from './lib/search-embeddings';
import { loadSearchSets } from './lib/search-sets';
import { type NoMatchProbe, noMatchSweep } from './lib/no-match-sweep';
import { loadUnanswerableSets } from './lib/unanswerable-sets';

interface TuningSet {
  api: string;
  tools: readonly ToolDescriptor[];
  requests: Array<{ id: string; query: string; gold: string[] }>;
  /** RestBench counts the share of a query's gold operations found; the request sets any one of them. */
  share: boolean;
}

const key = (tool: ToolDescriptor) => `${tool.operation.method} ${tool.operation.path}`;

async function tuningSets(): Promise<TuningSet[]> {
  const sets: TuningSet[] = [];
  for (const loaded of await loadSearchSets()) {
    if (!('server' in loaded) || loaded.set.heldOut === true) continue;
    const requests = loaded.set.requests.filter((request) => request.half === 'dev');
    sets.push({ api: loaded.set.api, tools: loaded.server.tools, requests, share: false });
  }
  for (const { name, server, queries } of await loadRestbench()) {
    sets.push({ api: name, tools: server.tools, requests: queries.map((query, index) => ({ id: `${name}-${index}`, ...query })), share: true });
  }
  return sets;
}

/** Recall@k of a ranking over a set (the share of gold found for RestBench, any gold for the request sets). */
function recallAt(set: TuningSet, rank: (query: string) => string[], k: number): number {
  let total = 0;
  for (const request of set.requests) {
    const top = rank(request.query).slice(0, k);
    total += set.share ? top.filter((found) => request.gold.includes(found)).length / request.gold.length : request.gold.some((gold) => top.includes(gold)) ? 1 : 0;
  }
  return total / set.requests.length;
}

/** Mean reciprocal rank of the first acceptable operation in the top 50: finer than recall@5 on a small half. */
function meanReciprocalRank(set: TuningSet, rank: (query: string) => string[]): number {
  let total = 0;
  for (const request of set.requests) {
    const at = rank(request.query).slice(0, 50).findIndex((found) => request.gold.includes(found));
    if (at >= 0) total += 1 / (at + 1);
  }
  return total / set.requests.length;
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

/** Fusions of the lexical and the vector ranking tried with `TUNE_HYBRID=1` (vectors from the model `SEARCH_EMBEDDINGS` names). */
const fusions: Record<string, (options: { lexical: Array<{ index: number; coverage: number }>; vector: number[] }) => number[]> = {
  'rrf 1:1': ({ lexical, vector }) => fuse([lexical.map((hit) => hit.index), vector], [1, 1], 60),
  'rrf lexical x2': ({ lexical, vector }) => fuse([lexical.map((hit) => hit.index), vector], [2, 1], 60),
  'rrf lexical x1.5': ({ lexical, vector }) => fuse([lexical.map((hit) => hit.index), vector], [1.5, 1], 60),
  'rrf vector by 1 - coverage (core)': ({ lexical, vector }) =>
    fuse([lexical.map((hit) => hit.index), vector], [1, 1 - Math.max(0, ...lexical.slice(0, 5).map((hit) => hit.coverage))], 60),
  'rrf vector by 2(1 - coverage)': ({ lexical, vector }) =>
    fuse([lexical.map((hit) => hit.index), vector], [1, 2 * (1 - Math.max(0, ...lexical.slice(0, 5).map((hit) => hit.coverage)))], 60),
  'rrf vector by max(0.25, 1 - coverage)': ({ lexical, vector }) =>
    fuse([lexical.map((hit) => hit.index), vector], [1, Math.max(0.25, 1 - Math.max(0, ...lexical.slice(0, 5).map((hit) => hit.coverage)))], 60),
  'rrf vector by max(0.5, 1 - coverage)': ({ lexical, vector }) =>
    fuse([lexical.map((hit) => hit.index), vector], [1, Math.max(0.5, 1 - Math.max(0, ...lexical.slice(0, 5).map((hit) => hit.coverage)))], 60),
  'rrf vector by 1 - top coverage': ({ lexical, vector }) =>
    fuse([lexical.map((hit) => hit.index), vector], [1, 1 - (lexical[0]?.coverage ?? 0)], 60),
  'rrf k=20': ({ lexical, vector }) => fuse([lexical.map((hit) => hit.index), vector], [1, 1], 20),
};

function fuse(rankings: number[][], weights: number[], k: number): number[] {
  const scores = new Map<number, number>();
  rankings.forEach((ranking, which) => ranking.forEach((index, rank) => scores.set(index, (scores.get(index) ?? 0) + weights[which] / (k + rank + 1))));
  return [...scores].sort((left, right) => right[1] - left[1]).map(([index]) => index);
}

const sets = await tuningSets();
const rows = ['| set | apiwire @5 | plain BM25 @5 | apiwire @10 | plain BM25 @10 | apiwire MRR | plain BM25 MRR |', '|---|---|---|---|---|---|---|'];
const means = [0, 0, 0, 0, 0, 0];
for (const set of sets) {
  const index = createSearchIndex(set.tools);
  const plain = createPlainBm25(set.tools);
  const apiwireRank = (query: string) => index.rank({ query, limit: 50 }).map((hit) => key(set.tools[hit.index]));
  const plainRank = (query: string) => plain(query).map(key);
  recallAt5(set, apiwireRank, process.env.TUNE_VERBOSE !== undefined);
  const cells = [
    recallAt(set, apiwireRank, 5),
    recallAt(set, plainRank, 5),
    recallAt(set, apiwireRank, 10),
    recallAt(set, plainRank, 10),
    meanReciprocalRank(set, apiwireRank),
    meanReciprocalRank(set, plainRank),
  ];
  cells.forEach((value, at) => (means[at] += value / sets.length));
  rows.push(`| ${set.api} ${set.share ? '' : '(dev)'} | ${cells.map((value) => value.toFixed(2)).join(' | ')} |`);
}
rows.push(`| mean | ${means.map((value) => value.toFixed(3)).join(' | ')} |`);
console.log(rows.join('\n'));

if (process.env.TUNE_NO_MATCH !== undefined) {
  const unanswerable = new Map((await loadUnanswerableSets()).map(({ set }) => [set.api, set.requests.filter((request) => request.half === 'dev')]));
  const probes: NoMatchProbe[] = [];
  for (const set of sets.filter((candidate) => !candidate.share)) {
    const index = createSearchIndex(set.tools);
    // What search_tools judges: the best coverage among the 5 matches it would show.
    const probe = (query: string) => {
      const hits = index.rank({ query, limit: 5 });
      // a hit without coverage (a request with no word to cover) is never judged poor: its signal never falls below
      const signal = hits.some((hit) => hit.coverage === undefined) ? Number.POSITIVE_INFINITY : Math.max(0, ...hits.map((hit) => hit.coverage ?? 0));
      return { signal, top5: hits.map((hit) => key(set.tools[hit.index])) };
    };
    for (const request of set.requests) {
      const { signal, top5 } = probe(request.query);
      probes.push({ answerable: true, signal, answerInTop5: request.gold.some((gold) => top5.includes(gold)) });
    }
    for (const request of unanswerable.get(set.api) ?? []) probes.push({ answerable: false, signal: probe(request.query).signal, answerInTop5: false });
  }
  console.log(`\n${noMatchSweep(probes, [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5]).join('\n')}`);
}

if (process.env.TUNE_HYBRID !== undefined) {
  const { model, load } = searchEmbeddings(process.env.SEARCH_EMBEDDINGS);
  const embeddings = await persistedEmbeddings({ model, load });
  const names = Object.keys(fusions);
  const hybridMeans: number[] = [];
  const hybridRows = [`| set | lexical | vector | ${names.join(' | ')} |`, `|---|---|---|${names.map(() => '---').join('|')}|`];
  for (const set of sets) {
    const index = createSearchIndex(set.tools);
    const toolVectors = await embeddings.embedDocuments(set.tools.map(embeddingText));
    const ranked = new Map<string, { lexical: Array<{ index: number; coverage: number }>; vector: number[] }>();
    for (const request of set.requests) {
      const queryVector = await embeddings.embedQuery(request.query);
      const vector = toolVectors
        .map((toolVector, at) => ({ at, similarity: cosine(toolVector, queryVector) }))
        .sort((left, right) => right.similarity - left.similarity)
        .slice(0, 50)
        .map((hit) => hit.at);
      ranked.set(request.query, {
        // as core's hybrid search reads it: no coverage (no word to cover) counts as none
        lexical: index.rank({ query: request.query, limit: 50 }).map((hit) => ({ index: hit.index, coverage: hit.coverage ?? 0 })),
        vector,
      });
    }
    const cell = (rank: (query: string) => number[]) => recallAt5(set, (query) => rank(query).map((at) => key(set.tools[at]))).toFixed(2);
    const cells = [
      cell((query) => ranked.get(query)!.lexical.map((hit) => hit.index)),
      cell((query) => ranked.get(query)!.vector),
      ...names.map((name) => cell((query) => fusions[name](ranked.get(query)!))),
    ];
    hybridRows.push(`| ${set.api} ${set.share ? '' : '(dev)'} | ${cells.join(' | ')} |`);
    cells.forEach((value, at) => (hybridMeans[at] = (hybridMeans[at] ?? 0) + Number(value) / sets.length));
  }
  hybridRows.push(`| mean | ${hybridMeans.map((value) => value.toFixed(3)).join(' | ')} |`);
  await embeddings.save();
  console.log(`\nrecall@5 with ${model}\n\n${hybridRows.join('\n')}`);
}
