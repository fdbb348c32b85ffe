import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadApiServer } from '@apiwire/core';
import { describe, expect, it } from 'vitest';
import { loadSearchSetFiles } from './search-sets';
import { repositoryRoot } from './shared-dir';
import { splitHalf } from './split-half';
import { loadUnanswerableSets } from './unanswerable-sets';

const sets = await loadUnanswerableSets();
const searchSets = await loadSearchSetFiles();
const searchSet = (api: string) => searchSets.find((set) => set.api === api);

describe('unanswerable requests (scripts/search-sets/unanswerable)', () => {
  it('cover the eight tuned request sets written for this project', () => {
    expect(sets.map(({ file }) => file)).toEqual(
      expect.arrayContaining(['box.json', 'daniweb.json', 'github2022.json', 'justeat.json', 'linode.json', 'slack.json', 'stripe.json', 'victorops.json']),
    );
  });

  it.each(sets)('$file: names a request set by its api and spec, and the file after the api', ({ file, set }) => {
    expect(file).toBe(`${set.api}.json`);
    expect(searchSet(set.api)?.spec).toBe(set.spec);
  });

  it.each(sets)('$file: ids are unique, plain ASCII and in the half splitHalf gives them', ({ set }) => {
    const ids = set.requests.map((request) => request.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect(ids.filter((id) => !id.startsWith(`${set.api}-none-`) || !/^[a-z0-9-]+$/.test(id))).toEqual([]);
    const halves = splitHalf(ids);
    expect(set.requests.map((request) => [request.id, request.half])).toEqual(ids.map((id) => [id, halves.get(id)]));
  });

  it.each(sets)('$file: every request has a query and says why the closest operations do not serve it', ({ set }) => {
    for (const request of set.requests) {
      expect(request.query.trim(), request.id).not.toBe('');
      expect(request.why.trim(), request.id).not.toBe('');
      for (const key of request.closest) expect(key, request.id).toMatch(/^(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE) \/\S*$/);
    }
  });

  for (const { file, set } of sets) {
    const spec = resolve(repositoryRoot, set.spec);
    it.skipIf(!existsSync(spec))(
      `${file}: every closest operation exists in the spec (skipped when ${set.spec} is absent)`,
      async () => {
        const server = await loadApiServer({ name: set.api, spec, baseUrl: 'https://api.example.invalid' });
        const operations = new Set(server.tools.map((tool) => `${tool.operation.method} ${tool.operation.path}`));
        const missing = set.requests.flatMap((request) => request.closest.filter((key) => !operations.has(key)).map((key) => `${request.id}: ${key}`));
        expect(missing).toEqual([]);
      },
      120_000,
    );
  }
});
