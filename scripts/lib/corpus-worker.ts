/** The corpus worker: loads one spec in its own thread and reports what became of every operation. */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { loadApiServer, SpecError } from '@apiwire/core';
import { parse as parseYaml } from 'yaml';
import { specOperations } from './spec-operations';

/** What the worker reports for one spec. */
export interface CorpusResult {
  file: string;
  status: 'ok' | 'spec-error' | 'crash' | 'timeout';
  ms: number;
  tools: number;
  warnings: number;
  /** Operations in the document (path items in other files counted too), -1 when the document can't be read. */
  operations: number;
  /** Operations neither offered as a tool nor named in a warning. */
  lost: number;
  message?: string;
}

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const externalRef = /["']?\$ref["']?\s*:\s*["']?(?!#)[^\s"'#]/;

function parseText(text: string): unknown {
  return text.trimStart().startsWith('{')
    ? JSON.parse(text)
    : parseYaml(text, { maxAliasCount: -1, merge: true, uniqueKeys: false, logLevel: 'error' });
}

/** `METHOD /path` of every operation, following path items that live in other files. */
async function documentOperations(file: string, document: Record<string, unknown>): Promise<Set<string>> {
  const found = new Set(specOperations(document).map((operation) => `${operation.method} ${operation.path}`));
  for (const [path, item] of Object.entries((document.paths ?? {}) as Record<string, { $ref?: unknown }>)) {
    if (typeof item?.$ref !== 'string' || item.$ref.startsWith('#')) continue;
    const external = parseText(await readFile(resolve(dirname(file), item.$ref.split('#')[0]), 'utf8')) as Record<string, unknown>;
    for (const key of Object.keys(external ?? {})) if (methods.includes(key)) found.add(`${key.toUpperCase()} ${path}`);
  }
  return found;
}

async function main(): Promise<CorpusResult> {
  const file = workerData.file as string;
  const start = performance.now();
  const text = await readFile(file, 'utf8');
  // Parse once: the same parsed object is counted and loaded (a file path only when it refers to other files,
  // or when this parse fails, so that loadApiServer reports the syntax error itself).
  let document: Record<string, unknown> | undefined;
  try {
    document = parseText(text) as Record<string, unknown>;
  } catch {
    document = undefined;
  }
  let operations: Set<string> | undefined;
  try {
    operations = document && typeof document === 'object' ? await documentOperations(file, document) : undefined;
  } catch {
    operations = undefined;
  }
  const spec = document && typeof document === 'object' && !externalRef.test(text) ? document : file;
  try {
    const server = await loadApiServer({ name: 'corpus', spec, baseUrl: 'https://api.example.test' });
    for (const tool of server.tools) {
      JSON.stringify(tool.inputSchema);
      JSON.stringify(tool.outputSchema);
      void tool.zodSchema;
    }
    const offered = new Set(server.tools.map((tool) => `${tool.operation.method} ${tool.operation.path}`));
    const warned = new Set(server.warnings.map((warning) => warning.operation).filter(Boolean));
    const lost = operations ? [...operations].filter((operation) => !offered.has(operation) && !warned.has(operation)).length : 0;
    return { file, status: 'ok', ms: performance.now() - start, tools: server.tools.length, warnings: server.warnings.length, operations: operations?.size ?? -1, lost };
  } catch (error) {
    const specError = SpecError.isInstance(error);
    return {
      file,
      status: specError ? 'spec-error' : 'crash',
      ms: performance.now() - start,
      tools: 0,
      warnings: 0,
      operations: operations?.size ?? -1,
      lost: 0,
      message: specError ? (error as Error).message : String((error as Error)?.stack ?? error).split('\n').slice(0, 3).join(' | '),
    };
  }
}

main().then((result) => parentPort?.postMessage(result));
