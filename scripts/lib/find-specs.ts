/** Finds the spec entry points of a corpus folder. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Spec entry points under `directory`: .json/.yaml/.yml files whose top level names `openapi` or `swagger`. */
export async function findSpecs(directory: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(directory, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(json|ya?ml)$/i.test(entry.name) || entry.name === 'manifest.json') continue;
    const path = join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name);
    const head = (await readFile(path, 'utf8')).slice(0, 4_000);
    if (/^(openapi|swagger)\s*:/m.test(head) || /^\s*\{[\s\S]*?"(openapi|swagger)"\s*:/.test(head)) found.push(path);
  }
  return found.sort();
}

