/** RestBench (fixtures/restbench, MIT): the TMDB and Spotify specs, loaded as published, with their queries. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ApiServer } from '@apiwire/core';
import { loadApiServer } from '@apiwire/core';
import { repositoryRoot } from './shared-dir';

/** One RestBench query: what was asked and every gold operation (`METHOD /path`). */
export interface RestbenchQuery {
  query: string;
  gold: string[];
}

const restbenchDir = resolve(repositoryRoot, 'fixtures', 'restbench');
const apis = [
  { name: 'tmdb', file: 'tmdb_oas.json', baseUrl: 'https://api.themoviedb.org/3' },
  { name: 'spotify', file: 'spotify_oas.json', baseUrl: 'https://api.spotify.com/v1' },
];

/**
 * Each API loaded with its queries. The specs are read as published: Spotify's `components.x-spotify-policy`
 * points at a file that is not shipped, and loading warns and goes on.
 */
export async function loadRestbench(): Promise<Array<{ name: string; server: ApiServer; queries: RestbenchQuery[] }>> {
  const lines = (await readFile(resolve(restbenchDir, 'restbench_normalized.jsonl'), 'utf8')).split('\n').filter((line) => line.trim() !== '');
  const all = lines.map((line) => JSON.parse(line) as { api: string; query: string; gold_unique: string[] });
  const loaded = [];
  for (const api of apis) {
    const spec = JSON.parse(await readFile(resolve(restbenchDir, api.file), 'utf8')) as Record<string, unknown>;
    const server = await loadApiServer({ name: api.name, spec, baseUrl: api.baseUrl });
    const queries = all.filter((query) => query.api === api.name).map((query) => ({ query: query.query, gold: query.gold_unique }));
    loaded.push({ name: api.name, server, queries });
  }
  return loaded;
}
