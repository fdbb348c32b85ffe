/**
 * `pnpm wire-rule [dir|file…]`: the property-based wire rule over a corpus (default ../shared/corpus): per spec,
 * inputs drawn from every tool's JSON Schema that Ajv accepts must be sent as the spec describes (never refused).
 * WIRE_RULE_SAMPLES draws per tool (default 2), one worker per spec with a time limit.
 */
import { stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { findSpecs } from './lib/find-specs';
import { sharedDir } from './lib/shared-dir';
import { createTsWorker } from './lib/ts-worker';
import type { WireRuleResult } from './lib/wire-rule-worker';

const samples = Number(process.env.WIRE_RULE_SAMPLES ?? 2);
const timeLimitMs = Number(process.env.WIRE_RULE_TIME_LIMIT_MS ?? 180_000);
const workerUrl = new URL('./lib/wire-rule-worker.ts', import.meta.url);

function checkInWorker(file: string): Promise<WireRuleResult> {
  return new Promise((done) => {
    const worker = createTsWorker({ moduleUrl: workerUrl, workerData: { file, samples } });
    const empty = { file, calls: 0, skipped: 0, failures: [] };
    let settled = false;
    const finish = (result: WireRuleResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      done(result);
    };
    const timer = setTimeout(() => finish({ ...empty, status: 'timeout', message: `over ${timeLimitMs} ms` }), timeLimitMs);
    worker.on('message', (result: WireRuleResult) => finish(result));
    worker.on('error', (error) => finish({ ...empty, status: 'crash', message: String(error) }));
    worker.on('exit', (code) => finish({ ...empty, status: 'crash', message: `worker exited with code ${code}` }));
  });
}

async function main(): Promise<void> {
  const targets = process.argv.slice(2).map((argument) => resolve(process.env.INIT_CWD ?? process.cwd(), argument));
  const shared = sharedDir();
  if (targets.length === 0 && shared) targets.push(join(shared, 'corpus'));
  if (targets.length === 0) {
    console.error('No corpus: pass a directory or spec files (pnpm wire-rule <dir|file>…); ../shared/corpus is absent.');
    process.exitCode = 1;
    return;
  }
  const files: string[] = [];
  for (const target of targets) files.push(...((await stat(target)).isDirectory() ? await findSpecs(target) : [target]));
  const root = targets.length === 1 && (await stat(targets[0])).isDirectory() ? targets[0] : process.cwd();
  process.stderr.write(`wire rule: ${files.length} specs, ${samples} draws per tool, ${timeLimitMs} ms each\n`);
  const results: WireRuleResult[] = [];
  for (const [index, file] of files.entries()) {
    const result = await checkInWorker(file);
    results.push(result);
    process.stderr.write(`${String(index + 1).padStart(4)}/${files.length} ${result.status.padEnd(10)} ${String(result.calls).padStart(5)} calls ${String(result.failures.length).padStart(4)} failures ${relative(root, file)}\n`);
  }
  const failing = results.filter((result) => result.failures.length > 0);
  const total = (key: 'calls' | 'skipped') => results.reduce((sum, result) => sum + result[key], 0);
  const lines = [
    ...failing.flatMap((result) => [`## ${relative(root, result.file)}`, ...result.failures.slice(0, 20).map((failure) => `- ${failure}`), '']),
    `specs: ${results.length} · checked: ${results.filter((result) => result.status === 'ok').length} · SpecError: ${results.filter((result) => result.status === 'spec-error').length} · crash/timeout: ${results.filter((result) => result.status === 'crash' || result.status === 'timeout').length}`,
    `calls: ${total('calls')} · draws Ajv refused: ${total('skipped')} · failed calls: ${results.reduce((sum, result) => sum + result.failures.length, 0)} in ${failing.length} specs`,
    ...results.filter((result) => result.status === 'crash' || result.status === 'timeout').map((result) => `${result.status}: ${relative(root, result.file)}: ${result.message}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (failing.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
