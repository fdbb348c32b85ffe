import { startStandInServer, type FixtureServer } from '@apiwire/fixtures';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadApiServer } from '../index';
import { splitPathTemplate } from './split-path-template';

let server: FixtureServer;
beforeAll(async () => {
  server = await startStandInServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const query = (name: string) => ({ name, in: 'query', required: true, schema: { type: 'string' } });
// The shapes of the corpus: AWS specs converted to OpenAPI tell operations on `/` apart by a fragment, and
// OpenAI's spec puts `?beta=true` in its path keys.
const spec = {
  openapi: '3.0.3',
  info: { title: 'Paths with a query or a fragment', version: '1' },
  paths: {
    '/#Action=ListUsers': {
      get: { operationId: 'listUsers', parameters: [query('Action'), query('PathPrefix')], responses: { '200': { description: 'ok' } } },
    },
    '/{Bucket}#cors': {
      get: {
        operationId: 'getBucketCors',
        parameters: [{ name: 'Bucket', in: 'path', required: true, schema: { type: 'string' } }, query('ExpectedOwner')],
        responses: { '200': { description: 'ok' } },
      },
    },
    '/responses/{id}?beta=true': {
      get: {
        operationId: 'getResponse',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }, query('include')],
        responses: { '200': { description: 'ok' } },
      },
    },
  },
};

describe('path templates with a query or a fragment', () => {
  it('sends the query after the path, never inside a fragment, and keeps the query the template carries', async () => {
    const api = await loadApiServer({ name: 'odd', spec, baseUrl: server.url });
    const results = await Promise.all([
      api.tool('odd_list_users')!.invoke({ Action: 'ListUsers', PathPrefix: '/admins/' }),
      api.tool('odd_get_bucket_cors')!.invoke({ Bucket: 'photos', ExpectedOwner: '123' }),
      api.tool('odd_get_response')!.invoke({ id: 'resp_1', include: 'usage' }),
    ]);
    expect(results.map((result) => result.ok)).toEqual([true, true, true]);
    const sent = server.requests.map((request) => `${request.path} ${JSON.stringify(request.query)}`).sort();
    expect(sent).toEqual([
      '/ {"Action":"ListUsers","PathPrefix":"/admins/"}',
      '/photos {"ExpectedOwner":"123"}',
      '/responses/resp_1 {"beta":"true","include":"usage"}',
    ]);
    expect(results[2]!.request?.url).toBe(`${server.url}/responses/resp_1?beta=true&include=usage`);
  });

  it('splits a template into the path sent and its own query pairs', () => {
    expect(splitPathTemplate('/items')).toEqual({ path: '/items', query: [] });
    expect(splitPathTemplate('/#Action=ListUsers')).toEqual({ path: '/', query: [] });
    expect(splitPathTemplate('/a?x=1&y=2#frag')).toEqual({ path: '/a', query: ['x=1', 'y=2'] });
  });
});
