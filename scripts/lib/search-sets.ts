/** Reads the request sets of scripts/search-sets and loads the API each one is about. */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ApiServer } from '@apiwire/core';
import { loadApiServer } from '@apiwire/core';
import { repositoryRoot } from './shared-dir';

/** One request: what a user asked, and every operation (`METHOD /path`) that serves it. */
export interface SearchRequest {
  id: string;
  half: 'dev' | 'test';
  query: string;
  gold: string[];
}

/** A set of requests over one API. */
export interface SearchSet {
  api: string;
  title: string;
  /** Both halves are held out: `pnpm tune:search` never reads this set (only `pnpm bench:search` reports it). */
  heldOut?: boolean;
  /** A path from the repository root, or `github-current` for the spec `scripts/lib/github-spec.ts` fetches. */
  spec: string;
  requests: SearchRequest[];
}

/** A set with its API loaded, or the reason it was skipped. */
export type LoadedSearchSet = { set: SearchSet; server: ApiServer } | { set: SearchSet; skipped: string };

const setsDir = resolve(repositoryRoot, 'scripts', 'search-sets');

/** The sets of scripts/search-sets as written, in file-name order, no spec loaded. */
export async function loadSearchSetFiles(): Promise<SearchSet[]> {
  const files = (await readdir(setsDir)).filter((file) => file.endsWith('.json')).sort();
  return Promise.all(files.map(async (file) => JSON.parse(await readFile(resolve(setsDir, file), 'utf8')) as SearchSet));
}

/**
 * Every set in scripts/search-sets, in file-name order, each with its API loaded (sets whose spec is absent are
 * skipped); with `only`, just the sets whose `api` it names (`BENCH_SEARCH_SETS=gitlab,bungie`).
 */
export async function loadSearchSets(options: { only?: readonly string[] } = {}): Promise<LoadedSearchSet[]> {
  const loaded: LoadedSearchSet[] = [];
  for (const set of await loadSearchSetFiles()) {
    if (options.only !== undefined && !options.only.includes(set.api)) continue;
    const spec = await specPath(set.spec);
    if (spec === undefined) {
      loaded.push({ set, skipped: `${set.spec} is absent` });
      continue;
    }
    loaded.push({ set, server: await loadApiServer({ name: set.api, spec, baseUrl: 'https://api.example.invalid' }) });
  }
  return loaded;
}

async function specPath(spec: string): Promise<string | undefined> {
  if (spec === 'github-current') {
    try {
      const { githubSpecPath } = await import('./github-spec');
      return await githubSpecPath();
    } catch {
      return undefined;
    }
  }
  const path = resolve(repositoryRoot, spec);
  return existsSync(path) ? path : undefined;
}
