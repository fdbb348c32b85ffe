/**
 * `pnpm compare:search before.md after.md`: two saved `pnpm bench:search` outputs (say, the build a session started
 * from and the one it ends with) side by side, set by set: recall@5 of each held-out set whole and of each tuned set's
 * test half, before -> after, plain BM25 of the after run beside it, and the means. The way to report a ranking change
 * on data it was not chosen on without reading any request's result.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type BenchRow, parseSearchBench } from './lib/parse-search-bench';
import { combineHalves } from './lib/recall-summary';
import { loadSearchSetFiles } from './lib/search-sets';

const [beforePath, afterPath] = process.argv.slice(2);
if (beforePath === undefined || afterPath === undefined) {
  console.error('usage: pnpm compare:search <before.md> <after.md>   (each saved from pnpm bench:search)');
  process.exit(2);
}
// pnpm runs this in scripts/; a path is meant from where the command was typed
const read = (path: string) => readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), path), 'utf8');
const before = parseSearchBench(read(beforePath));
const after = parseSearchBench(read(afterPath));
const heldOut = new Set((await loadSearchSetFiles()).filter((set) => set.heldOut === true).map((set) => set.api));

/** recall@5 of the given halves of a set, weighted by their requests; undefined when a run lacks the set. */
function recall(rows: BenchRow[], api: string, halves: ReadonlyArray<'dev' | 'test'>): { apiwire: number; plain: number } | undefined {
  const picked = rows.filter((row) => row.api === api && halves.includes(row.half));
  return picked.length === halves.length ? combineHalves(picked) : undefined;
}

const apis = [...new Set(after.map((row) => row.api))];
for (const [label, halves, pick] of [
  ['held-out sets, both halves', ['dev', 'test'], (api: string) => heldOut.has(api)],
  ['tuned sets, test halves', ['test'], (api: string) => !heldOut.has(api)],
] as const) {
  const lines: string[] = [];
  const sums = { before: 0, after: 0, plain: 0, count: 0 };
  for (const api of apis.filter(pick)) {
    const [then, now] = [recall(before, api, halves), recall(after, api, halves)];
    if (then === undefined || now === undefined) continue;
    lines.push(`| ${api} | ${then.apiwire.toFixed(2)} | **${now.apiwire.toFixed(2)}** | ${now.plain.toFixed(2)} |`);
    sums.before += then.apiwire;
    sums.after += now.apiwire;
    sums.plain += now.plain;
    sums.count++;
  }
  if (sums.count === 0) continue;
  const mean = (value: number) => (value / sums.count).toFixed(3);
  console.log(`\n${label} (recall@5)\n\n| set | before | after | plain BM25 |\n|---|---|---|---|`);
  console.log([...lines, `| mean of ${sums.count} | ${mean(sums.before)} | **${mean(sums.after)}** | ${mean(sums.plain)} |`].join('\n'));
}
