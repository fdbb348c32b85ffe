import { describe, expect, it } from 'vitest';
import { loadApiServer, SpecError } from '../index';

async function specError(spec: unknown): Promise<SpecError> {
  const error = await loadApiServer({ name: 't', spec: spec as Record<string, unknown>, baseUrl: 'https://api.test' }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(SpecError.isInstance(error), String(error)).toBe(true);
  return error as SpecError;
}

const info = { title: 't', version: '1' };

describe('unusable specs throw one SpecError with a pointer', () => {
  it('invalid YAML: pointer "" and the line in the message', async () => {
    const error = await specError('openapi: 3.0.0\ninfo:\n  title: t\n   version: 1\n paths: {}\n');
    expect(error.pointer).toBe('');
    expect(error.message).toMatch(/not valid YAML at line \d+, column \d+/);
    const bad = await specError('openapi: 3.0.0\npaths:\n  /a:\n    get: [\n');
    expect(bad.message).toMatch(/line 4|line 5/);
  });

  it('invalid JSON: the line in the message', async () => {
    const error = await specError('{\n  "openapi": "3.0.0",\n  "paths": {,}\n}');
    expect(error.pointer).toBe('');
    expect(error.message).toContain('line 3');
  });

  it('no paths, an unknown version, not an object', async () => {
    expect((await specError({ openapi: '3.0.3', info })).pointer).toBe('/paths');
    expect((await specError({ swagger: '2.0', info })).pointer).toBe('/paths');
    expect((await specError({ openapi: '4.0.0', info, paths: {} })).pointer).toBe('/openapi');
    expect((await specError({ swagger: '1.2', info, paths: {} })).pointer).toBe('/swagger');
    expect((await specError({ info, paths: {} })).pointer).toBe('');
    expect((await specError('just: [a, list]\nof: things\n')).pointer).toBe('');
    expect((await specError({ openapi: '3.1.0', info, paths: [] })).pointer).toBe('/paths');
  });

  it('a security requirement that is not an object of scope lists: its pointer (found by the mutation test)', async () => {
    const paths = { '/a': { get: { responses: {} } } };
    expect((await specError({ openapi: '3.0.3', info, paths, security: [null] })).pointer).toBe('/security/0');
    const scopes = await specError({
      openapi: '3.0.3',
      info,
      paths: { '/a': { get: { security: [{ 'oauth/main': 'read' }], responses: {} } } },
    });
    expect(scopes.pointer).toBe('/paths/~1a/get/security/0/oauth~1main');
    expect(scopes.message).toContain("scopes of 'oauth/main' must be a list");
  });

  it('a bad $ref: the pointer of the ref', async () => {
    const parameterRef = await specError({
      openapi: '3.0.3',
      info,
      paths: { '/pets': { get: { parameters: [{ $ref: '#/components/parameters/Missing' }], responses: {} } } },
    });
    expect(parameterRef.pointer).toBe('/paths/~1pets/get/parameters/0/$ref');
    expect(parameterRef.message).toContain('#/components/parameters/Missing');
    const schemaRef = await specError({
      openapi: '3.0.3',
      info,
      paths: {
        '/pets': {
          post: {
            requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { owner: { $ref: '#/components/schemas/Nope' } } } } } },
            responses: {},
          },
        },
      },
    });
    expect(schemaRef.pointer).toBe('/paths/~1pets/post/requestBody/content/application~1json/schema/properties/owner/$ref');
    const external = await specError({ openapi: '3.0.3', info, paths: { '/a': { $ref: 'other.yaml#/paths/a' } } });
    expect(external.pointer).toBe('/paths/~1a/$ref');
  });

  it('a missing file', async () => {
    const error = await specError('/no/such/spec.yaml');
    expect(error.message).toContain('does not exist');
  });
});

describe('usable specs with losses become warnings, never silent drops', () => {
  it('names every operation it cannot offer', async () => {
    const server = await loadApiServer({
      name: 't',
      baseUrl: 'https://api.test',
      spec: {
        openapi: '3.0.3',
        info,
        paths: {
          '/ok': { get: { operationId: 'ok', responses: {} } },
          '/broken': { get: 'not an operation', post: { requestBody: { description: 'no content' }, responses: {} } },
          '/items/{id}': { get: { parameters: [{ in: 'query' }], responses: {} } },
          'x-extension': { note: 'not a path' },
        },
      },
    });
    expect(server.tools.map((tool) => tool.name)).toEqual(['t_ok', 't_post_broken', 't_get_items_by_id']);
    expect(server.warnings).toEqual([
      { pointer: '/paths/~1broken/get', operation: 'GET /broken', message: expect.stringContaining('not an object') },
      { pointer: '/paths/~1items~1{id}/get/parameters/0', operation: 'GET /items/{id}', message: expect.stringContaining('without a name') },
      { pointer: '/paths/~1broken/post/requestBody', operation: 'POST /broken', tool: 't_post_broken', message: expect.stringContaining('no media type') },
      { pointer: '/paths/~1items~1{id}', operation: 'GET /items/{id}', tool: 't_get_items_by_id', message: expect.stringContaining("'id'") },
    ]);
  });
});

describe('Swagger 2.0', () => {
  it('upgrades, turns formData into a urlencoded or multipart body, and keeps the caller object intact', async () => {
    const spec = {
      swagger: '2.0',
      info,
      host: 'api.test',
      basePath: '/v1',
      schemes: ['https'],
      paths: {
        '/pets/{petId}': {
          post: {
            operationId: 'updatePetWithForm',
            consumes: ['application/x-www-form-urlencoded'],
            parameters: [
              { name: 'petId', in: 'path', required: true, type: 'integer', format: 'int64' },
              { name: 'name', in: 'formData', required: true, type: 'string' },
              { name: 'status', in: 'formData', type: 'string', enum: ['available', 'sold'] },
            ],
            responses: { '200': { description: 'ok' } },
          },
        },
        '/pets/{petId}/image': {
          post: {
            operationId: 'uploadImage',
            consumes: ['multipart/form-data'],
            parameters: [
              { name: 'petId', in: 'path', required: true, type: 'integer' },
              { name: 'file', in: 'formData', required: true, type: 'file' },
              { name: 'note', in: 'formData', type: 'string' },
            ],
            responses: { '200': { description: 'ok', schema: { type: 'object', properties: { code: { type: 'integer', 'x-nullable': true } } } } },
          },
        },
      },
    };
    const before = JSON.stringify(spec);
    const server = await loadApiServer({ name: 'pets', spec });
    expect(JSON.stringify(spec)).toBe(before);
    expect(server.baseUrl).toBe('https://api.test/v1');
    const form = server.tool('pets_update_pet_with_form')!;
    expect(form.inputSchema).toEqual({
      type: 'object',
      properties: {
        petId: { type: 'integer', format: 'int64', minimum: -Number.MAX_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER },
        name: { type: 'string' },
        status: { type: 'string', enum: ['available', 'sold'] },
      },
      required: ['petId', 'name'],
    });
    const upload = server.tool('pets.upload_image')!;
    expect(Object.keys(upload.inputSchema.properties!)).toEqual(['petId', 'file', 'note']);
    expect(upload.inputSchema.required).toEqual(['petId', 'file']);
    // the upgrader gives a formData file `{ contentMediaType }` without a type: still a file, base64 only
    expect(upload.inputSchema.properties!.file).toMatchObject({
      anyOf: [
        { type: 'string', contentEncoding: 'base64', pattern: expect.any(String), contentMediaType: 'application/octet-stream' },
        { type: 'object', required: ['base64'] },
      ],
    });
    expect(upload.outputSchema).toMatchObject({ type: 'object' });
  });

  it('moves shared body parameters the upgrader leaves in `parameters` into the request body', async () => {
    const server = await loadApiServer({
      name: 'ops',
      spec: {
        swagger: '2.0',
        info,
        host: 'api.test',
        parameters: {
          incident: { in: 'body', name: 'body', required: true, schema: { type: 'object', required: ['summary'], properties: { summary: { type: 'string' } } } },
          apiId: { in: 'header', name: 'X-Api-Id', type: 'string' },
        },
        paths: {
          '/incidents': { post: { operationId: 'createIncident', parameters: [{ $ref: '#/parameters/apiId' }, { $ref: '#/parameters/incident' }], responses: { '200': { description: 'ok' } } } },
        },
      },
    });
    expect(server.warnings).toEqual([]);
    expect(server.tool('ops_create_incident')!.inputSchema).toEqual({
      type: 'object',
      properties: { 'X-Api-Id': { type: 'string' }, summary: { type: 'string' } },
      required: ['summary'],
    });
  });
});
