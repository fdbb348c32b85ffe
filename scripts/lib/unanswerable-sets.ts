/**
 * Reads scripts/search-sets/unanswerable: per API, requests that no operation of it serves, used to measure how
 * often `search_tools` rightly answers "nothing matched well".
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { repositoryRoot } from './shared-dir';

/** A request no operation serves, with the operations nearest in meaning and why none of them does. */
export interface UnanswerableRequest {
  id: string;
  half: 'dev' | 'test';
  query: string;
  closest: string[];
  why: string;
}

/** The unanswerable requests over one API; `api` and `spec` are those of its request set in scripts/search-sets. */
export interface UnanswerableSet {
  api: string;
  spec: string;
  requests: UnanswerableRequest[];
}

const unanswerableDir = resolve(repositoryRoot, 'scripts', 'search-sets', 'unanswerable');

/** Every file of scripts/search-sets/unanswerable, in file-name order, each with its file name. */
export async function loadUnanswerableSets(): Promise<Array<{ file: string; set: UnanswerableSet }>> {
  if (!existsSync(unanswerableDir)) return [];
  const files = (await readdir(unanswerableDir)).filter((file) => file.endsWith('.json')).sort();
  return Promise.all(files.map(async (file) => ({ file, set: JSON.parse(await readFile(join(unanswerableDir, file), 'utf8')) as UnanswerableSet })));
}
