/** `pnpm corpus [dir|file…]`: loads every spec of a corpus, each in its own worker with a time limit, and tallies the outcome. */
import { stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { CorpusResult } from './lib/corpus-worker';
import { findSpecs } from './lib/find-specs';
import { sharedDir } from './lib/shared-dir';
import { createTsWorker } from './lib/ts-worker';

const timeLimitMs = Number(process.env.CORPUS_TIME_LIMIT_MS ?? 120_000);
const concurrency = Number(process.env.CORPUS_CONCURRENCY ?? 2);
const workerUrl = new URL('./lib/corpus-worker.ts', import.meta.url);

function loadInWorker(file: string): Promise<CorpusResult> {
  return new Promise((done) => {
    const start = performance.now();
    const worker = createTsWorker({ moduleUrl: workerUrl, workerData: { file } });
    let settled = false;
    const finish = (result: CorpusResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      done(result);
    };
    const timer = setTimeout(
      () => finish({ file, status: 'timeout', ms: timeLimitMs, tools: 0, warnings: 0, operations: -1, lost: 0, message: `over ${timeLimitMs} ms` }),
      timeLimitMs,
    );
    worker.on('message', (result: CorpusResult) => finish(result));
    worker.on('error', (error) => finish({ file, status: 'crash', ms: performance.now() - start, tools: 0, warnings: 0, operations: -1, lost: 0, message: String(error) }));
    worker.on('exit', (code) => finish({ file, status: 'crash', ms: performance.now() - start, tools: 0, warnings: 0, operations: -1, lost: 0, message: `worker exited with code ${code}` }));
  });
}

async function main(): Promise<void> {
  const shared = sharedDir();
  // pnpm runs the script from scripts/; INIT_CWD is where the user typed the command.
  const targets = process.argv.slice(2).map((argument) => resolve(process.env.INIT_CWD ?? process.cwd(), argument));
  if (targets.length === 0 && shared) targets.push(join(shared, 'corpus'));
  if (targets.length === 0) {
    console.error('No corpus: pass a directory or spec files (pnpm corpus <dir|file>…); ../shared/corpus is absent.');
    process.exitCode = 1;
    return;
  }
  const files: string[] = [];
  for (const target of targets) files.push(...((await stat(target)).isDirectory() ? await findSpecs(target) : [target]));
  const directory = targets.length === 1 && (await stat(targets[0])).isDirectory() ? targets[0] : dirname(files[0] ?? targets[0]);
  process.stderr.write(`corpus: ${files.length} specs under ${directory}, ${concurrency} workers, ${timeLimitMs} ms each\n`);
  const results: CorpusResult[] = new Array(files.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < files.length) {
        const index = next++;
        results[index] = await loadInWorker(files[index]);
        const result = results[index];
        process.stderr.write(`${String(index + 1).padStart(4)}/${files.length} ${result.status.padEnd(10)} ${relative(directory, result.file)}\n`);
      }
    }),
  );
  const rows = results.map((result) =>
    `| ${relative(directory, result.file)} | ${result.status} | ${result.operations} | ${result.tools} | ${result.warnings} | ${result.lost} | ${result.ms.toFixed(0)} | ${(result.message ?? '').replace(/\|/g, '\\|').slice(0, 160)} |`,
  );
  const count = (status: CorpusResult['status']) => results.filter((result) => result.status === status).length;
  const ok = count('ok');
  const summary = [
    `specs: ${results.length}`,
    `ok: ${ok} (${((100 * ok) / results.length).toFixed(1)} %)`,
    `SpecError: ${count('spec-error')}`,
    `crash: ${count('crash')}`,
    `timeout: ${count('timeout')}`,
    `tools: ${results.reduce((sum, result) => sum + result.tools, 0)}`,
    `warnings: ${results.reduce((sum, result) => sum + result.warnings, 0)}`,
    `operations lost: ${results.reduce((sum, result) => sum + result.lost, 0)}`,
  ];
  process.stdout.write(
    [
      '| spec | status | operations | tools | warnings | lost | ms | message |',
      '|---|---|---|---|---|---|---|---|',
      ...rows,
      '',
      summary.join(' · '),
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
