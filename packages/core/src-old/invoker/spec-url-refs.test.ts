import { loadApiServer, SpecError } from '../index';
import { startForeignServer, type ForeignServer } from '@apiwire/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Loading a spec from a URL must follow no `file:` and no cross-origin `$ref` (unless the developer allows it). */
let home: ForeignServer;
let other: ForeignServer;
const schemas = { Pet: { type: 'object', properties: { name: { type: 'string' } } } };
const spec = (ref: string) => ({
  openapi: '3.0.3',
  info: { title: 'Refs', version: '1' },
  paths: {
    '/pets': {
      post: {
        operationId: 'createPet',
        requestBody: { content: { 'application/json': { schema: { $ref: ref } } } },
        responses: { '201': { description: 'ok' } },
      },
    },
  },
});

beforeAll(async () => {
  other = await startForeignServer({
    respond(request, response) {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(schemas));
      return true;
    },
  });
  home = await startForeignServer({
    respond(request, response) {
      const json = (value: unknown) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value));
      if (request.path === '/file-ref.json') json(spec('file:///etc/passwd#/Pet'));
      else if (request.path === '/cross-origin.json') json(spec(`${other.url}/schemas.json#/Pet`));
      else if (request.path === '/same-origin.json') json(spec('./schemas.json#/Pet'));
      else if (request.path === '/schemas.json') json(schemas);
      else return false;
      return true;
    },
  });
});
afterAll(async () => {
  await home.close();
  await other.close();
});

describe('spec URLs and $refs', () => {
  it('follows a same-origin $ref', async () => {
    const server = await loadApiServer({ name: 'refs', spec: `${home.url}/same-origin.json`, baseUrl: home.url });
    expect(server.tool('refs_create_pet')?.inputSchema.properties).toHaveProperty('name');
  });

  it('refuses a file: $ref from a URL spec', async () => {
    const loading = loadApiServer({ name: 'refs', spec: `${home.url}/file-ref.json`, baseUrl: home.url });
    await expect(loading).rejects.toSatisfy((error: unknown) => SpecError.isInstance(error) && /file:/.test((error as Error).message));
  });

  it('refuses a cross-origin $ref unless allowed, and sends the other origin nothing', async () => {
    const before = other.requests.length;
    await expect(loadApiServer({ name: 'refs', spec: `${home.url}/cross-origin.json`, baseUrl: home.url })).rejects.toSatisfy(
      (error: unknown) => SpecError.isInstance(error),
    );
    expect(other.requests.length).toBe(before);
    const allowed = await loadApiServer({
      name: 'refs',
      spec: `${home.url}/cross-origin.json`,
      baseUrl: home.url,
      specLoading: { allowCrossOriginRefs: true },
    });
    expect(allowed.tool('refs_create_pet')?.inputSchema.properties).toHaveProperty('name');
    expect(other.requests.length).toBe(before + 1);
  });
});
