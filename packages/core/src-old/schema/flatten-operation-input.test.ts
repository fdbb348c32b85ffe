import { describe, expect, it } from 'vitest';
import { createSchemaConverter } from './create-schema-converter';
import { flattenOperationInput } from './flatten-operation-input';
import type { OperationParameter } from './operation-parameter';

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
    const map = flatten({ requestBody: { content: { 'application/json': { schema: { type: 'object', additionalProperties: { type: 'string' } } } } } });
    expect(map.body?.mode).toBe('wrapped');
    const clash = flatten({ parameters: [{ name: 'body', in: 'query', schema: { type: 'string' } }], requestBody: { content: { 'text/plain': { schema: { type: 'string' } } } } });
    expect(clash.body).toMatchObject({ mode: 'wrapped', property: 'request_body', mediaType: 'text/plain' });
  });

  it('spreads open and nullable object bodies; an open one lends the input its additionalProperties', () => {
    const open = flatten({ requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: { type: 'string' } } } } } });
    expect(open.body).toMatchObject({ mode: 'spread', fields: [{ property: 'a', name: 'a' }] });
    expect(open.inputSchema).toEqual({ type: 'object', properties: { a: { type: 'string' } }, additionalProperties: { type: 'string' } });
    const nullable = flatten({ requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', nullable: true, required: ['a'], properties: { a: { type: 'string' } } } } } } });
    expect(nullable.body).toMatchObject({ mode: 'spread' });
    expect(nullable.inputSchema).toEqual({ type: 'object', properties: { a: { type: 'string' } }, required: ['a'] });
  });

  it('states what the wire cannot carry empty: path values, required array and object parameters, required form arrays', () => {
    const result = flatten({
      path: '/items/{id}/{tags}',
      parameters: [
        { name: 'id', in: 'path', required: true, schema: { type: 'string', minLength: 0 } },
        { name: 'tags', in: 'path', required: true, schema: { type: 'array', items: { type: 'string' } } },
        { name: 'ids', in: 'query', required: true, schema: { type: 'array', items: { type: 'integer' } } },
        { name: 'filter', in: 'query', required: true, style: 'deepObject', schema: { type: 'object', properties: { a: { type: 'string' } } } },
        { name: 'q', in: 'query', required: true, schema: { type: 'string' } },
        { name: 'optional', in: 'query', schema: { type: 'array', items: { type: 'string' } } },
      ],
      requestBody: {
        content: {
          'application/x-www-form-urlencoded': {
            schema: {
              type: 'object',
              required: ['events', 'inner'],
              properties: {
                events: { type: 'array', items: { type: 'string' } },
                inner: { type: 'object', required: ['list'], properties: { list: { type: 'array', items: { type: 'string' } } } },
                extra: { type: 'array', items: { type: 'string' } },
              },
            },
          },
        },
      },
    });
    const properties = result.inputSchema.properties!;
    expect(properties.id).toEqual({ type: 'string', minLength: 1 });
    expect(properties.tags).toEqual({ type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } });
    expect(properties.ids).toEqual({ type: 'array', minItems: 1, items: { type: 'integer' } });
    expect(properties.filter).toMatchObject({ type: 'object', minProperties: 1 });
    expect(properties.q).toEqual({ type: 'string' });
    expect(properties.optional).toEqual({ type: 'array', items: { type: 'string' } });
    expect(properties.events).toEqual({ type: 'array', items: { type: 'string' }, minItems: 1 });
    expect(properties.inner).toEqual({ type: 'object', required: ['list'], minProperties: 1, properties: { list: { type: 'array', items: { type: 'string' }, minItems: 1 } } });
    expect(properties.extra).toEqual({ type: 'array', items: { type: 'string' } });
  });

  it('makes a file field checkable: base64 or a base64 data URL, by pattern', () => {
    const result = flatten({ requestBody: { content: { 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } } } } });
    const file = result.inputSchema.properties!.file as { anyOf: Array<{ pattern?: string; properties?: { base64: { pattern: string } } }> };
    const pattern = new RegExp(file.anyOf[0].pattern!);
    expect(file.anyOf[1].properties!.base64.pattern).toBe(file.anyOf[0].pattern);
    for (const good of ['', 'AAEC', 'AAE=', 'AA', 'data:image/png;base64,iVBORw0KGgo=', 'data:;name=a.txt;base64,aGk', '-_-_']) expect(pattern.test(good), good).toBe(true);
    for (const bad of ['hello world', 'a', 'data:text/plain,hello', 'AAAAA', 'AA==AA']) expect(pattern.test(bad), bad).toBe(false);
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
    expect(result.inputSchema).toEqual({ type: 'object', properties: { itemId: { type: 'string', minLength: 1 } }, required: ['itemId'] });
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
