/** `pnpm bench:load`: load speed, schema size and losses of apiwire vs @samchon/openapi on GitHub and Stripe. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadApiServer, type ApiServer } from '@apiwire/core';
import { parse as parseYaml } from 'yaml';
import { githubSpecText } from './lib/github-spec';
import type { SamchonRun } from './lib/samchon-worker';
import { repositoryRoot } from './lib/shared-dir';
import { isTransportHeader, specOperations, type CountedOperation } from './lib/spec-operations';
import { createTsWorker } from './lib/ts-worker';
import { runSectionIfMain } from './lib/run-section-if-main';

const runs = Number(process.env.BENCH_RUNS ?? 5);
/** A samchon run longer than this is cut off (it runs in a worker thread) and reported as unfinished. */
const samchonLimitMs = Number(process.env.BENCH_SAMCHON_LIMIT_MS ?? 180_000);

interface Subject {
  name: string;
  label: string;
  text: string;
}

interface Measured {
  floorMs: number;
  apiwireMs: number;
  /** undefined when samchon did not finish within the limit. */
  samchonMs: number | undefined;
  apiwireChars: number;
  samchonChars: number | undefined;
  operations: number;
  parameters: number;
  apiwireTools: number;
  samchonFunctions: number | undefined;
  apiwireLost: number;
  samchonLost: number | undefined;
  samchonErrors: number | undefined;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function time<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

async function runApiwire(subject: Subject): Promise<{ server: ApiServer; chars: number }> {
  const server = await loadApiServer({ name: subject.name, spec: subject.text, baseUrl: 'https://api.example.test' });
  let chars = 0;
  for (const tool of server.tools) chars += JSON.stringify(tool.inputSchema).length;
  return { server, chars };
}

/** One samchon run in a worker thread (timed inside the worker); undefined when it passes the time limit. */
function runSamchon(subject: Subject): Promise<SamchonRun | undefined> {
  return new Promise((done, fail) => {
    const worker = createTsWorker({ moduleUrl: new URL('./lib/samchon-worker.ts', import.meta.url), workerData: { text: subject.text }, maxOldGenerationSizeMb: 4_096 });
    const timer = setTimeout(() => {
      void worker.terminate();
      done(undefined);
    }, samchonLimitMs);
    worker.once('message', (run: SamchonRun) => {
      clearTimeout(timer);
      void worker.terminate();
      done(run);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
  });
}

/** Input keys apiwire may have given a parameter (see flatten-operation-input.ts for the rule). */
function apiwireHas(keys: Set<string>, parameter: { in: string; name: string }): boolean {
  const safe = /^[a-zA-Z0-9_.-]{1,64}$/.test(parameter.name)
    ? parameter.name
    : parameter.name.replace(/[^a-zA-Z0-9_.-]+/g, '_').replace(/^_+|_+$/g, '');
  return [...keys].some((key) => key === safe || key === `${parameter.in}_${safe}` || key.startsWith(`${parameter.in}_${safe}_`));
}

function countLosses(options: {
  operations: CountedOperation[];
  keysOf: (operation: CountedOperation) => Set<string> | undefined;
  has: (keys: Set<string>, parameter: { in: string; name: string }) => boolean;
}): number {
  let lost = 0;
  for (const operation of options.operations) {
    const wanted = operation.parameters.filter((parameter) => !isTransportHeader(parameter));
    const keys = options.keysOf(operation);
    if (!keys) {
      lost += wanted.length;
      continue;
    }
    lost += wanted.filter((parameter) => !options.has(keys, parameter)).length;
  }
  return lost;
}

async function measure(subject: Subject): Promise<Measured> {
  const floor: number[] = [];
  const apiwire: number[] = [];
  const samchon: number[] = [];
  // one warm-up round, then `runs` measured rounds, the three contenders interleaved
  let lastApiwire: Awaited<ReturnType<typeof runApiwire>> | undefined;
  let lastSamchon: SamchonRun | undefined;
  let samchonFinished = true;
  for (let round = 0; round <= runs; round++) {
    const parsed = await time(() => JSON.parse(subject.text));
    const ours = await time(() => runApiwire(subject));
    const tried = samchonFinished;
    const theirs = tried ? await runSamchon(subject) : undefined;
    if (!theirs) samchonFinished = false;
    lastApiwire = ours.value;
    if (theirs) lastSamchon = theirs;
    const samchonText = theirs ? `${theirs.ms.toFixed(0)} ms` : tried ? `did not finish in ${samchonLimitMs} ms` : 'skipped (did not finish before)';
    process.stderr.write(`  round ${round}${round === 0 ? ' (warm-up)' : ''}: parse ${parsed.ms.toFixed(0)} ms, apiwire ${ours.ms.toFixed(0)} ms, samchon ${samchonText}\n`);
    if (round === 0) continue;
    floor.push(parsed.ms);
    apiwire.push(ours.ms);
    if (theirs) samchon.push(theirs.ms);
  }
  const document = JSON.parse(subject.text) as Record<string, unknown>;
  const operations = specOperations(document);
  const ourTools = new Map(lastApiwire!.server.tools.map((tool) => [`${tool.operation.method} ${tool.operation.path}`, tool]));
  return {
    floorMs: median(floor),
    apiwireMs: median(apiwire),
    samchonMs: samchonFinished ? median(samchon) : undefined,
    apiwireChars: lastApiwire!.chars,
    samchonChars: samchonFinished ? lastSamchon?.chars : undefined,
    operations: operations.length,
    parameters: operations.reduce((sum, operation) => sum + operation.parameters.filter((parameter) => !isTransportHeader(parameter)).length, 0),
    apiwireTools: lastApiwire!.server.tools.length,
    samchonFunctions: samchonFinished && lastSamchon ? Object.keys(lastSamchon.keys).length : undefined,
    apiwireLost: countLosses({
      operations,
      keysOf: (operation) => {
        const tool = ourTools.get(`${operation.method} ${operation.path}`);
        return tool ? new Set(Object.keys(tool.inputSchema.properties ?? {})) : undefined;
      },
      has: apiwireHas,
    }),
    samchonLost:
      samchonFinished && lastSamchon
        ? countLosses({
            operations,
            keysOf: (operation) => {
              const keys = lastSamchon!.keys[`${operation.method} ${operation.path}`];
              return keys ? new Set(keys) : undefined;
            },
            has: (keys, parameter) => keys.has(parameter.name),
          })
        : undefined,
    samchonErrors: samchonFinished ? lastSamchon?.errors : undefined,
  };
}

async function subjects(): Promise<Subject[]> {
  const github = await githubSpecText();
  const stripeYaml = await readFile(join(repositoryRoot, 'fixtures', 'specs', 'stripe-2023-09-12.yaml'), 'utf8');
  return [
    { name: 'github', label: `GitHub REST (@octokit/openapi ${github.version}, api.github.com.json)`, text: github.text },
    { name: 'stripe', label: 'Stripe 2023-09-12 (fixtures/specs, as JSON text)', text: JSON.stringify(parseYaml(stripeYaml)) },
  ];
}

const format = (ms: number) => `${ms.toFixed(0)} ms`;
const thousands = (value: number) => value.toLocaleString('en-US');

/** Runs the benchmark and returns a markdown section. */
export async function run(): Promise<string> {
  const lines: string[] = [
    `Medians of ${runs} runs after one warm-up, in one process, the three contenders interleaved. apiwire: \`loadApiServer\` on the JSON text, plus \`JSON.stringify\` of every tool's inputSchema. @samchon/openapi: \`JSON.parse\` + \`OpenApi.convert\` + \`HttpLlm.application\`, plus \`JSON.stringify\` of every function's \`parameters\`, timed inside a worker thread of the same process so that a run can be cut off after ${samchonLimitMs / 1000} s. "Parameters lost": path/query/header/cookie parameters of the spec (Content-Type, Accept, Authorization headers aside) that the model cannot fill.`,
    '',
    '| spec | operations / parameters | JSON.parse (floor) | apiwire | @samchon/openapi | speed-up | schema chars apiwire | schema chars samchon | tools / functions | parameters lost apiwire | parameters lost samchon |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const subject of await subjects()) {
    process.stderr.write(`bench-load: ${subject.label} …\n`);
    const result = await measure(subject);
    const unfinished = `did not finish in ${samchonLimitMs / 1000} s`;
    const row =
      `| ${subject.label} | ${thousands(result.operations)} / ${thousands(result.parameters)} | ${format(result.floorMs)} | ${format(result.apiwireMs)} | ${result.samchonMs === undefined ? unfinished : format(result.samchonMs)} | ${result.samchonMs === undefined ? `over ${(samchonLimitMs / result.apiwireMs).toFixed(0)}x` : `${(result.samchonMs / result.apiwireMs).toFixed(2)}x`} | ${thousands(result.apiwireChars)} | ${result.samchonChars === undefined ? '-' : thousands(result.samchonChars)} | ${result.apiwireTools} / ${result.samchonFunctions === undefined ? '-' : `${result.samchonFunctions} (${result.samchonErrors} errors)`} | ${result.apiwireLost} | ${result.samchonLost ?? '-'} |`;
    process.stderr.write(`${row}\n`);
    lines.push(row);
  }
  return lines.join('\n');
}

runSectionIfMain(import.meta.url, run);
