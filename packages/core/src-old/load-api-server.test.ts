import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadApiServer, SpecError } from './index';
import { billingSpecPath } from '@apiwire/fixtures';

const petstorePath = fileURLToPath(new URL('../../../fixtures/specs/petstore3.yaml', import.meta.url));
const providerSafe = /^[a-zA-Z0-9_-]{1,64}$/;

describe('loadApiServer', () => {
  it('loads Petstore 3 from a file, from text and from an object, with the same tools', async () => {
    const text = await readFile(petstorePath, 'utf8');
    const fromFile = await loadApiServer({ name: 'petstore', spec: petstorePath, baseUrl: 'https://petstore.test/api/v3/' });
    const fromText = await loadApiServer({ name: 'petstore', spec: text, baseUrl: 'https://petstore.test/api/v3' });
    expect(fromFile.baseUrl).toBe('https://petstore.test/api/v3');
    expect(fromFile.tools).toHaveLength(19);
    expect(fromText.tools.map((tool) => tool.name)).toEqual(fromFile.tools.map((tool) => tool.name));
    expect(fromText.tools.map((tool) => tool.inputSchema)).toEqual(fromFile.tools.map((tool) => tool.inputSchema));
    const getPet = fromFile.tool('petstore_get_pet_by_id')!;
    expect(fromFile.tool('petstore.get_pet_by_id')).toBe(getPet);
    expect(getPet.operation).toMatchObject({ operationId: 'getPetById', method: 'GET', path: '/pet/{petId}', tags: ['pet'], deprecated: false });
    expect(getPet.description).toBe('Find pet by ID.\n\nReturns a single pet.');
    expect(getPet.inputSchema).toEqual({
      type: 'object',
      properties: { petId: { type: 'integer', format: 'int64', minimum: -Number.MAX_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER, description: 'ID of pet to return' } },
      required: ['petId'],
    });
    expect(getPet.outputSchema).toMatchObject({ type: 'object', required: ['name', 'photoUrls'] });
    expect(typeof getPet.invoke).toBe('function');
    for (const tool of fromFile.tools) expect(tool.name).toMatch(providerSafe);
  });

  it('resolves baseUrl from servers[0] and rejects a spec with no absolute server', async () => {
    const spec = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      servers: [{ url: 'https://{region}.example.com/{version}', variables: { region: { default: 'eu' }, version: { default: 'v2', enum: ['v1', 'v2'] } } }],
      paths: {},
    };
    expect((await loadApiServer({ name: 't', spec })).baseUrl).toBe('https://eu.example.com/v2');
    const relative = { ...spec, servers: [{ url: '/api' }] };
    const error = await loadApiServer({ name: 't', spec: relative }).catch((caught: unknown) => caught);
    expect(SpecError.isInstance(error)).toBe(true);
    expect((error as SpecError).pointer).toBe('/servers/0/url');
  });

  it('loads the billing fixture: spread bodies, clashes, recursion, lazy zod', async () => {
    const billing = await loadApiServer({ name: 'billing', spec: billingSpecPath });
    expect(billing.tools.length).toBeGreaterThanOrEqual(25);
    const update = billing.tool('billing.update_customer')!;
    expect(Object.keys(update.inputSchema.properties!)).toContain('body_id');
    expect(update.inputSchema.required).toContain('id');
    const chart = billing.tool('billing_replace_org_chart')!;
    expect(chart.inputSchema.$defs).toHaveProperty('Department');
    expect(chart.zodSchema.safeParse({ name: 'HQ', children: [{ name: 'R&D', children: [{ name: 'Lab' }] }] }).success).toBe(true);
    expect(chart.zodSchema.safeParse({ name: 'HQ', children: [{ children: [] }] }).success).toBe(false);
    expect(JSON.parse(JSON.stringify(chart))).not.toHaveProperty('zodSchema');
  });

  it('hides parameters that auth supplies and builds the OperationPlan security from the spec', async () => {
    const spec = {
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      servers: [{ url: 'https://api.test' }],
      security: [{ key: [] }],
      components: { securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'X-API-Key' }, q: { type: 'apiKey', in: 'query', name: 'token' } } },
      paths: {
        '/a': {
          get: {
            operationId: 'getA',
            parameters: [
              { name: 'X-API-Key', in: 'header', required: true, schema: { type: 'string' } },
              { name: 'token', in: 'query', schema: { type: 'string' } },
              { name: 'X-Tenant', in: 'header', schema: { type: 'string' } },
              { name: 'q', in: 'query', schema: { type: 'string' } },
            ],
            responses: {},
          },
        },
        '/b': {
          get: {
            operationId: 'getB',
            security: [{ q: [] }],
            parameters: [
              { name: 'X-API-Key', in: 'header', schema: { type: 'string' } },
              { name: 'token', in: 'query', schema: { type: 'string' } },
            ],
            responses: {},
          },
        },
      },
    };
    const server = await loadApiServer({ name: 't', spec, auth: { headers: { 'x-tenant': 'acme' } } });
    expect(Object.keys(server.tool('t_get_a')!.inputSchema.properties!)).toEqual(['token', 'q']);
    expect(Object.keys(server.tool('t_get_b')!.inputSchema.properties!)).toEqual(['X-API-Key']);
  });
});
