/** `pnpm bench:import`: cold-start cost of importing @apiwire/core, beside @samchon/openapi, each in a fresh process. */
import { execFileSync } from 'node:child_process';
import { runSectionIfMain } from './lib/run-section-if-main';

const runs = 9;

/** Milliseconds one fresh Node process spends on `await import(specifier)` (the process start itself not counted). */
function importTime(url: string): number {
  const source = `const start = performance.now(); await import(${JSON.stringify(url)}); process.stdout.write(String(performance.now() - start));`;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', source], { encoding: 'utf8' }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Runs the benchmark and returns its markdown section. */
export async function run(): Promise<string> {
  const contenders = [
    { name: '@apiwire/core', url: import.meta.resolve('@apiwire/core') },
    { name: '@samchon/openapi', url: import.meta.resolve('@samchon/openapi') },
    { name: 'zod alone (apiwire, `ai` and @langchain/core all import it)', url: import.meta.resolve('zod') },
  ];
  const times = contenders.map(() => [] as number[]);
  // Interleaved, so drift in the machine's load hits both alike.
  for (let index = 0; index < runs; index++) {
    contenders.forEach((contender, position) => times[position].push(importTime(contender.url)));
  }
  const medians = times.map(median);
  const apiwire = medians[0];
  return [
    `Median of ${runs} fresh processes each, interleaved: the time \`await import()\` of the package takes (what a serverless cold start pays before the first request). Loading a Swagger 2.0 spec imports @scalar's upgrader on first use (~200 ms more), YAML text imports js-yaml (~20 ms).`,
    '',
    '| package | import time | ratio to @apiwire/core |',
    '|---|---|---|',
    ...contenders.map((contender, position) => `| ${contender.name} | ${medians[position].toFixed(0)} ms | ${(medians[position] / apiwire).toFixed(2)} |`),
  ].join('\n');
}

runSectionIfMain(import.meta.url, run);
