import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadApiServer } from '@apiwire/core';
import { describe, expect, it } from 'vitest';
import type { SearchSet } from './search-sets';
import { repositoryRoot } from './shared-dir';
import { splitHalf } from './split-half';

const setsDir = join(repositoryRoot, 'scripts', 'search-sets');
const sets = readdirSync(setsDir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({ file, set: JSON.parse(readFileSync(join(setsDir, file), 'utf8')) as SearchSet }));

// Where scripts/lib/github-spec.ts caches the current GitHub spec; the test reads it only if it is already there,
// never fetches it.
const cachedGithubSpec = join(repositoryRoot, '.cache', 'octokit-openapi', 'package', 'generated', 'api.github.com.json');

function presentSpec(spec: string): string | undefined {
  const path = spec === 'github-current' ? cachedGithubSpec : resolve(repositoryRoot, spec);
  return existsSync(path) ? path : undefined;
}

describe('search request sets (scripts/search-sets)', () => {
  it('are all here, each with requests', () => {
    expect(sets.map(({ file }) => file)).toEqual(expect.arrayContaining(['github.json', 'github2022.json', 'stripe.json', 'box.json', 'daniweb.json', 'justeat.json', 'uebermaps.json', 'motaword.json', 'filescom.json', 'peertube.json', 'trashnothing.json']));
    for (const { file, set } of sets) expect(set.requests.length, file).toBeGreaterThan(0);
  });

  it('the forty-one sets written blind as out-of-sample checks are held out, so tune:search never reads them', () => {
    const heldOut = sets.filter(({ set }) => set.heldOut === true).map(({ file }) => file);
    expect(heldOut.sort()).toEqual(['ably.json', 'aem.json', 'appsync.json', 'azurebackup.json', 'azurenetwork.json', 'azurewebapps.json', 'bbcradio.json', 'bigquery.json', 'buffer.json', 'bungie.json', 'bunq.json', 'circuit.json', 'europeana.json', 'filescom.json', 'gitlab.json', 'iam.json', 'ijenko.json', 'infermedica.json', 'jira.json', 'listennotes.json', 'magento.json', 'motaword.json', 'netatmo.json', 'netlicensing.json', 'osisoft.json', 'paylocity.json', 'payrun.json', 'peertube.json', 'rebilly.json', 'redirectionio.json', 's3.json', 'securityhub.json', 'trashnothing.json', 'trello.json', 'uebermaps.json', 'vault.json', 'vimeo.json', 'vocadb.json', 'wafv2.json', 'wedpax.json', 'whatsapp.json']);
  });

  it.each(sets)('$file: every request is in the half the README rule gives it', ({ set }) => {
    const halves = splitHalf(set.requests.map((request) => request.id));
    expect(set.requests.map((request) => [request.id, request.half])).toEqual(set.requests.map((request) => [request.id, halves.get(request.id)]));
  });

  it('no two requests share an id, in a set or across sets, and every id is plain ASCII', () => {
    const ids = sets.flatMap(({ set }) => set.requests.map((request) => request.id));
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect(ids.filter((id) => !/^[a-z0-9-]+$/.test(id))).toEqual([]);
  });

  it.each(sets)('$file: every request has a query and names its operations as METHOD /path', ({ set }) => {
    for (const request of set.requests) {
      expect(request.query.trim(), request.id).not.toBe('');
      expect(request.gold.length, request.id).toBeGreaterThan(0);
      for (const key of request.gold) expect(key, request.id).toMatch(/^(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE) \/\S*$/);
      expect(new Set(request.gold).size, request.id).toBe(request.gold.length);
    }
  });

  for (const { file, set } of sets) {
    const spec = presentSpec(set.spec);
    it.skipIf(spec === undefined)(
      `${file}: every acceptable operation exists in the spec (skipped when ${set.spec} is absent)`,
      async () => {
        const server = await loadApiServer({ name: set.api, spec: spec as string, baseUrl: 'https://api.example.invalid' });
        const operations = new Set(server.tools.map((tool) => `${tool.operation.method} ${tool.operation.path}`));
        const missing = set.requests.flatMap((request) => request.gold.filter((key) => !operations.has(key)).map((key) => `${request.id}: ${key}`));
        expect(missing).toEqual([]);
      },
      120_000,
    );
  }
});
