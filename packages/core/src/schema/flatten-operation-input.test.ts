import { describe, expect, it } from 'vitest';
import { createSchemaConverter } from './create-schema-converter';
import { flattenOperationInput, type OperationParameter } from './flatten-operation-input';

const none = { header: new Set<string>(), query: new Set<string>(), cookie: new Set<string>() };

function flatten(options: {
  parameters?: Array<Record<string, unknown>>;
  requestBody?: unknown;
  path?: string;
  components?: Record<string, unknown>;
  supplied?: typeof none;
}) {
  const document = { openapi: '3.0.3', paths: {}, components: { schemas: options.components ?? {} } };
  const converter = createSchemaConverter({ document, source: 'test' });
  const parameters: OperationParameter[] = (options.parameters ?? []).map((parameter, index) => ({ parameter, pointer: `/p/${index}` }));
  return flattenOperationInput({
    converter,
    operation: 'POST /test',
    path: options.path ?? '/test',
    parameters,
    requestBody: options.requestBody === undefined ? undefined : { node: options.requestBody, pointer: '/rb' },
    supplied: options.supplied ?? none,
  });
}

describe('flattenOperationInput', () => {
  it('spreads an object body beside the parameters and maps every key back', () => {
    const result = flatten({
      path: '/customers/{id}',
      parameters: [
        { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
        { name: 'id', in: 'query', schema: { type: 'integer' } },
        { name: 'id', in: 'header', schema: { type: 'boolean' } },
        { name: 'filter[status]', in: 'query', schema: { type: 'string' } },
        { name: 'expand', in: 'query', style: 'deepObject', explode: true, schema: { type: 'object' } },
      ],
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, 'a b': { type: 'string' } }, required: ['id', 'name'] },
          },
        },
      },
    });
    expect(Object.keys(result.inputSchema.properties!)).toEqual(['id', 'query_id', 'filter_status', 'expand', 'header_id', 'body_id', 'name', 'a_b']);
    expect(result.inputSchema.required).toEqual(['id', 'body_id', 'name']);
    expect(result.parameters.map((binding) => [binding.property, binding.in, binding.name, binding.style, binding.explode])).toEqual([
      ['id', 'path', 'id', 'simple', false],
      ['query_id', 'query', 'id', 'form', true],
      ['filter_status', 'query', 'filter[status]', 'form', true],
      ['expand', 'query', 'expand', 'deepObject', true],
      ['header_id', 'header', 'id', 'simple', false],
    ]);
    expect(result.body).toMatchObject({
      mediaType: 'application/json',
      mode: 'spread',
      required: true,
      fields: [
        { property: 'body_id', name: 'id' },
        { property: 'name', name: 'name' },
        { property: 'a_b', name: 'a b' },
      ],
    });
    for (const key of Object.keys(result.inputSchema.properties!)) expect(key).toMatch(/^[a-zA-Z0-9_.-]{1,64}$/);
  });

  it('numbers a renamed key that is still taken', () => {
    const result = flatten({
      parameters: [
        { name: 'x', in: 'query', schema: { type: 'string' } },
        { name: 'body_x', in: 'query', schema: { type: 'string' } },
      ],
      requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { x: { type: 'integer' } } } } } },
    });
    expect(result.body?.fields).toEqual([{ property: 'body_x_2', name: 'x' }]);
  });

  it('wraps bodies that cannot be spread under `body`', () => {
    const array = flatten({ requestBody: { required: true, content: { 'application/json': { schema: { type: 'array', items: { type: 'string' } } } } } });
    expect(array.inputSchema).toEqual({ type: 'object', properties: { body: { type: 'array', items: { type: 'string' } } }, required: ['body'] });
    expect(array.body).toMatchObject({ mode: 'wrapped', property: 'body' });
    const oneOf = flatten({
      requestBody: { content: { 'application/json': { schema: { oneOf: [{ type: 'object', properties: { a: { type: 'string' } } }, { type: 'object', properties: { b: { type: 'string' } } }] } } } },
    });
    expect(oneOf.body).toMatchObject({ mode: 'wrapped', property: 'body' });
    expect(oneOf.inputSchema.required).toBeUndefined();
    const map = flatten({ requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: { type: 'string' } } } } } });
    expect(map.body?.mode).toBe('wrapped');
    const clash = flatten({ parameters: [{ name: 'body', in: 'query', schema: { type: 'string' } }], requestBody: { content: { 'text/plain': { schema: { type: 'string' } } } } });
    expect(clash.body).toMatchObject({ mode: 'wrapped', property: 'request_body', mediaType: 'text/plain' });
  });

  it('leaves out transport headers and what auth supplies', () => {
    const result = flatten({
      parameters: [
        { name: 'Content-Type', in: 'header', schema: { type: 'string' } },
        { name: 'accept', in: 'header', schema: { type: 'string' } },
        { name: 'Authorization', in: 'header', required: true, schema: { type: 'string' } },
        { name: 'X-Api-Key', in: 'header', schema: { type: 'string' } },
        { name: 'api_key', in: 'query', schema: { type: 'string' } },
        { name: 'session', in: 'cookie', schema: { type: 'string' } },
        { name: 'q', in: 'query', schema: { type: 'string' } },
      ],
      supplied: { header: new Set(['x-api-key']), query: new Set(['api_key']), cookie: new Set(['session']) },
    });
    expect(Object.keys(result.inputSchema.properties!)).toEqual(['q']);
    expect(result.parameters.map((binding) => binding.name)).toEqual(['q']);
  });

  it('chooses JSON, then form, multipart, text, binary; keeps encoding and binary fields', () => {
    const result = flatten({
      requestBody: {
        content: {
          'multipart/form-data': {
            schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' }, files: { type: 'array', items: { type: 'string', format: 'binary' } }, note: { type: 'string' } } },
            encoding: { file: { contentType: 'image/png' } },
          },
          'application/x-www-form-urlencoded': { schema: { type: 'object', properties: { note: { type: 'string' } } } },
        },
      },
    });
    expect(result.body?.mediaType).toBe('application/x-www-form-urlencoded');
    expect(result.body?.mediaTypes).toEqual(['multipart/form-data', 'application/x-www-form-urlencoded']);
    const multipart = flatten({
      requestBody: {
        content: {
          'multipart/form-data': {
            schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' }, files: { type: 'array', items: { type: 'string', format: 'binary' } }, note: { type: 'string' } } },
            encoding: { file: { contentType: 'image/png' } },
          },
        },
      },
    });
    expect(multipart.body).toMatchObject({ mediaType: 'multipart/form-data', binaryFields: ['file', 'files'], encoding: { file: { contentType: 'image/png' } } });
    const binary = flatten({ requestBody: { required: true, content: { 'application/octet-stream': {} } } });
    expect(binary.body).toMatchObject({
      mode: 'wrapped',
      property: 'body',
      schema: { anyOf: [{ type: 'string', contentEncoding: 'base64' }, { type: 'object', required: ['base64'] }] },
    });
  });

  it('warns about an undeclared path parameter and adds it as a required string', () => {
    const result = flatten({ path: '/items/{itemId}' });
    expect(result.inputSchema).toEqual({ type: 'object', properties: { itemId: { type: 'string' } }, required: ['itemId'] });
    expect(result.warnings).toEqual([expect.objectContaining({ operation: 'POST /test', message: expect.stringContaining("'itemId'") })]);
  });

  it('carries parameter content media types and descriptions', () => {
    const result = flatten({
      parameters: [
        { name: 'filter', in: 'query', description: 'A <b>JSON</b> filter', content: { 'application/json': { schema: { type: 'object', properties: { a: { type: 'integer' } } } } } },
        { name: 'old', in: 'query', deprecated: true, schema: { type: 'string' } },
      ],
    });
    expect(result.parameters[0]).toMatchObject({ contentType: 'application/json', name: 'filter' });
    expect(result.inputSchema.properties!.filter).toEqual({ type: 'object', properties: { a: { type: 'integer' } }, description: 'A JSON filter' });
    expect(result.inputSchema.properties!.old.description).toBe('Deprecated.');
  });
});
