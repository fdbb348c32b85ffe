/** Runs @samchon/openapi's HttpLlm.application on one spec text in a worker thread, so a run can be cut off. */
import { parentPort, workerData } from 'node:worker_threads';
import { HttpLlm, OpenApi } from '@samchon/openapi';

/** What one samchon run reports: its time, its schema size, and the input keys of each function. */
export interface SamchonRun {
  ms: number;
  chars: number;
  errors: number;
  /** `METHOD /path` -> property names the model can fill (top level, and inside `query` / `headers`). */
  keys: Record<string, string[]>;
}

function samchonKeys(parameters: Record<string, unknown>): string[] {
  const defs = (parameters.$defs ?? {}) as Record<string, Record<string, unknown>>;
  const resolve = (node: Record<string, unknown> | undefined) =>
    typeof node?.$ref === 'string' ? defs[node.$ref.replace('#/$defs/', '')] : node;
  const keys = new Set<string>();
  for (const [name, schema] of Object.entries((parameters.properties ?? {}) as Record<string, Record<string, unknown>>)) {
    keys.add(name);
    if (name === 'query' || name === 'headers') {
      for (const inner of Object.keys((resolve(schema)?.properties ?? {}) as object)) keys.add(inner);
    }
  }
  return [...keys];
}

const start = performance.now();
const document = JSON.parse(workerData.text as string) as Parameters<typeof OpenApi.convert>[0];
const application = HttpLlm.application({ document: OpenApi.convert(document) });
let chars = 0;
for (const fn of application.functions) chars += JSON.stringify(fn.parameters).length;
const ms = performance.now() - start;
const keys: Record<string, string[]> = {};
for (const fn of application.functions) {
  keys[`${fn.method.toUpperCase()} ${fn.path}`] = samchonKeys(fn.parameters as unknown as Record<string, unknown>);
}
parentPort?.postMessage({ ms, chars, errors: application.errors.length, keys } satisfies SamchonRun);
