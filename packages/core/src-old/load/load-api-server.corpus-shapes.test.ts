import { startStandInServer, type FixtureServer } from '@apiwire/fixtures';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadApiServer } from '../index';

// Shapes the wire-rule run over the corpus found (pnpm wire-rule): each once admitted an input the invoker then
// refused or could not send.
let server: FixtureServer;
beforeAll(async () => {
  server = await startStandInServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const ok = { '200': { description: 'ok' } };
const spec = {
  openapi: '3.0.3',
  info: { title: 'Corpus shapes', version: '1' },
  components: {
    securitySchemes: { api_key: { type: 'apiKey', in: 'query', name: 'key' }, api_token: { type: 'apiKey', in: 'query', name: 'token' } },
  },
  paths: {
    // brex.io: an enum with '' on a path parameter
    '/orders/{type}': {
      post: {
        operationId: 'order',
        parameters: [{ name: 'type', in: 'path', required: true, schema: { type: 'string', enum: ['', 'B', 'P'] } }],
        responses: ok,
      },
    },
    // googleapis.com cloudsearch, bigquery: an object schema under application/octet-stream
    '/media/{name}': {
      post: {
        operationId: 'uploadMedia',
        parameters: [{ name: 'name', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: { content: { 'application/octet-stream': { schema: { type: 'object', description: 'Media resource.', properties: { resourceName: { type: 'string' } } } } } },
        responses: ok,
      },
    },
    // a bare string under application/octet-stream
    '/raw': {
      put: { operationId: 'putRaw', requestBody: { required: true, content: { 'application/octet-stream': { schema: { type: 'string' } } } }, responses: ok },
    },
    // wedpax.com (ASP.NET): an explicitly optional body with required fields
    '/roles': {
      post: {
        operationId: 'createRole',
        requestBody: {
          required: false,
          content: { 'application/json': { schema: { type: 'object', required: ['name', 'displayName'], properties: { name: { type: 'string' }, displayName: { type: 'string' }, note: { type: 'string' } } } } },
        },
        responses: ok,
      },
    },
    // openai: a multipart text field whose part type is a text media type (application/sdp), beside an image part
    '/calls': {
      post: {
        operationId: 'createCall',
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: { type: 'object', required: ['sdp'], properties: { sdp: { type: 'string' }, snapshot: { type: 'string' } } },
              encoding: { sdp: { contentType: 'application/sdp' }, snapshot: { contentType: 'image/png' } },
            },
          },
        },
        responses: ok,
      },
    },
    // trello: either key alone satisfies security, yet both are declared required query parameters
    '/boards/{id}': {
      get: {
        operationId: 'getBoard',
        security: [{ api_key: [] }, { api_token: [] }],
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'key', in: 'query', required: true, schema: { type: 'string' } },
          { name: 'token', in: 'query', required: true, schema: { type: 'string' } },
        ],
        responses: ok,
      },
    },
    // gitlab.com v3: a form body on a GET
    '/groups': {
      get: {
        operationId: 'listGroups',
        parameters: [{ name: 'search', in: 'query', schema: { type: 'string' } }],
        requestBody: { content: { 'application/x-www-form-urlencoded': { schema: { type: 'object', properties: { skip_groups: { type: 'array', items: { type: 'integer' } } } } } } },
        responses: ok,
      },
    },
  },
};

describe('spec shapes from the corpus', () => {
  it("drops '' from a path parameter's enum: the schema no longer offers a value the invoker refuses", async () => {
    const api = await loadApiServer({ name: 'shapes', spec, baseUrl: server.url });
    expect(api.tool('shapes_order')!.inputSchema.properties!.type).toEqual({ type: 'string', enum: ['B', 'P'] });
    expect(await api.tool('shapes_order')!.invoke({ type: '' })).toMatchObject({ ok: false, error: { kind: 'invalid_input' } });
    expect(await api.tool('shapes_order')!.invoke({ type: 'B' })).toMatchObject({ ok: true });
    expect(server.requests.map((request) => request.path)).toEqual(['/orders/B']);
  });

  it('takes an octet-stream body as a file whatever its schema says, warning when it is not a string', async () => {
    const api = await loadApiServer({ name: 'shapes', spec, baseUrl: server.url });
    const upload = api.tool('shapes_upload_media')!;
    expect(upload.inputSchema.properties!.body).toMatchObject({ description: expect.stringMatching(/^Media resource\. A file: base64/), anyOf: expect.any(Array) });
    expect(api.tool('shapes_put_raw')!.inputSchema.properties!.body).toMatchObject({ anyOf: expect.any(Array) });
    expect(api.warnings.filter((warning) => /is not a file/.test(warning.message)).map((warning) => warning.operation)).toEqual(['POST /media/{name}']);
    expect(await upload.invoke({ name: 'm1', body: btoa('bytes') })).toMatchObject({ ok: true });
    expect(server.requests[0]).toMatchObject({ path: '/media/m1', body: 'bytes' });
  });

  it('sends a text part as text and a binary part as a file, as the input schema says (one rule for files)', async () => {
    const api = await loadApiServer({ name: 'shapes', spec, baseUrl: server.url });
    const create = api.tool('shapes_create_call')!;
    expect(create.inputSchema.properties!.sdp).toEqual({ type: 'string' });
    expect(create.inputSchema.properties!.snapshot).toMatchObject({ anyOf: expect.any(Array), description: expect.stringMatching(/A file: base64/) });
    const sdp = 'v=0 o=- 42 IN IP4 127.0.0.1 s=- & 100%';
    expect(await create.invoke({ sdp, snapshot: btoa('PNG') })).toMatchObject({ ok: true });
    const sent = Buffer.from(server.requests[0].bodyBytes).toString('latin1');
    expect(sent).toContain(`name="sdp"\r\n\r\n${sdp}\r\n`);
    expect(sent).toContain('name="snapshot"; filename="snapshot"\r\nContent-Type: image/png\r\n\r\nPNG\r\n');
  });

  it('sends every configured credential whose parameter the operation declares required, not just the first alternative', async () => {
    const schemes = { api_key: 'k-123', api_token: 't-456' };
    const api = await loadApiServer({ name: 'shapes', spec, baseUrl: server.url, auth: { schemes } });
    const board = api.tool('shapes_get_board')!;
    expect(Object.keys(board.inputSchema.properties!)).toEqual(['id']);
    expect(await board.invoke({ id: 'b1' })).toMatchObject({ ok: true });
    const keyOnly = await loadApiServer({ name: 'shapes', spec, baseUrl: server.url, auth: { schemes: { api_key: 'k-123' } } });
    expect(await keyOnly.tool('shapes_get_board')!.invoke({ id: 'b2' })).toMatchObject({ ok: true });
    expect(server.requests.map((request) => request.url)).toEqual(['/boards/b1?key=k-123&token=t-456', '/boards/b2?key=k-123']);
  });

  it('offers a GET without the body fetch cannot send, with a warning', async () => {
    const api = await loadApiServer({ name: 'shapes', spec, baseUrl: server.url });
    const list = api.tool('shapes_list_groups')!;
    expect(Object.keys(list.inputSchema.properties!)).toEqual(['search']);
    expect(api.warnings).toContainEqual(expect.objectContaining({ operation: 'GET /groups', message: expect.stringMatching(/cannot carry a body/) }));
    expect(await list.invoke({ search: 'ops' })).toMatchObject({ ok: true });
    expect(server.requests.map((request) => `${request.method} ${request.url}`)).toEqual(['GET /groups?search=ops']);
  });

  it('keeps an optional body with required fields whole under body: absent or complete, never partial', async () => {
    const api = await loadApiServer({ name: 'shapes', spec, baseUrl: server.url });
    const create = api.tool('shapes_create_role')!;
    expect(create.inputSchema.required).toBeUndefined();
    expect(create.inputSchema.properties!.body).toMatchObject({ type: 'object', required: ['name', 'displayName'] });
    expect(await create.invoke({ body: { name: 'ops' } })).toMatchObject({ ok: false, error: { kind: 'invalid_input' } });
    expect(await create.invoke({})).toMatchObject({ ok: true });
    expect(await create.invoke({ body: { name: 'ops', displayName: 'Ops' } })).toMatchObject({ ok: true });
    expect(server.requests.map((request) => request.body)).toEqual(['', '{"name":"ops","displayName":"Ops"}']);
  });
});
