import { describe, expect, it } from 'vitest';
import { loadApiServer } from '../index';

const info = { title: 'test', version: '1' };
const servers = [{ url: 'https://api.test' }];

function bodySpec(openapi: string, schema: unknown, components: Record<string, unknown> = {}) {
  return {
    openapi,
    info,
    servers,
    paths: {
      '/things': {
        post: {
          operationId: 'createThing',
          requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', properties: { value: schema } } } } },
          responses: { '200': { description: 'ok', content: { 'application/json': { schema } } } },
        },
      },
    },
    components: { schemas: components },
  };
}

async function inputOf(openapi: string, schema: unknown, components?: Record<string, unknown>) {
  const server = await loadApiServer({ name: 't', spec: bodySpec(openapi, schema, components) });
  return server.tools[0];
}

describe('schema conversion', () => {
  it('keeps oneOf, anyOf, allOf, enum, const, format, pattern, bounds, default and descriptions', async () => {
    const schema = {
      type: 'object',
      description: 'A <em>thing</em>',
      properties: {
        kind: { type: 'string', enum: ['a', 'b'], default: 'a' },
        fixed: { const: 7 },
        email: { type: 'string', format: 'email', pattern: '@', minLength: 3, maxLength: 99 },
        count: { type: 'integer', minimum: 1, maximum: 10, multipleOf: 1 },
        list: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 3, uniqueItems: true },
        choice: { oneOf: [{ type: 'string' }, { type: 'integer' }] },
        either: { anyOf: [{ type: 'string' }, { type: 'boolean' }] },
        both: { allOf: [{ type: 'object', properties: { a: { type: 'string' } } }, { required: ['a'] }] },
      },
      required: ['kind'],
      example: { kind: 'a' },
      'x-internal': true,
    };
    const tool = await inputOf('3.1.0', schema);
    const { example, 'x-internal': internal, ...kept } = schema;
    expect([example, internal]).toBeDefined();
    expect(tool.inputSchema.properties!.value).toEqual({ ...kept, description: 'A thing' });
  });

  it('turns 3.0 nullable into a null type, and reads 3.1 type arrays as they are', async () => {
    const nullable30 = await inputOf('3.0.3', {
      type: 'object',
      properties: {
        name: { type: 'string', nullable: true },
        status: { type: 'string', enum: ['on', 'off'], nullable: true },
        ref: { allOf: [{ $ref: '#/components/schemas/Address' }], nullable: true },
        lower: { type: 'number', minimum: 0, exclusiveMinimum: true },
      },
    }, { Address: { type: 'object', properties: { city: { type: 'string' } } } });
    expect(nullable30.inputSchema.properties!.value).toEqual({
      type: 'object',
      properties: {
        name: { type: ['string', 'null'] },
        status: { type: ['string', 'null'], enum: ['on', 'off', null] },
        ref: { anyOf: [{ allOf: [{ type: 'object', properties: { city: { type: 'string' } } }] }, { type: 'null' }] },
        lower: { type: 'number', exclusiveMinimum: 0 },
      },
    });
    const zod = nullable30.zodSchema;
    expect(zod.safeParse({ value: { name: null, status: null, ref: null } }).success).toBe(true);
    expect(zod.safeParse({ value: { status: 'maybe' } }).success).toBe(false);
    expect(zod.safeParse({ value: { lower: 0 } }).success).toBe(false);
    const nullable31 = await inputOf('3.1.0', { type: ['string', 'null'], examples: ['x'] });
    expect(nullable31.inputSchema.properties!.value).toEqual({ type: ['string', 'null'] });
  });

  it('drops readOnly properties from the input and writeOnly ones from the output', async () => {
    const tool = await inputOf('3.0.3', { $ref: '#/components/schemas/User' }, {
      User: {
        type: 'object',
        required: ['id', 'name', 'password'],
        properties: {
          id: { type: 'string', readOnly: true },
          created: { $ref: '#/components/schemas/Timestamp' },
          name: { type: 'string' },
          password: { type: 'string', writeOnly: true },
        },
      },
      Timestamp: { type: 'string', format: 'date-time', readOnly: true },
    });
    expect(tool.inputSchema.properties!.value).toEqual({
      type: 'object',
      required: ['name', 'password'],
      properties: { name: { type: 'string' }, password: { type: 'string' } },
    });
    expect(tool.outputSchema).toEqual({
      type: 'object',
      required: ['id', 'name'],
      properties: { id: { type: 'string' }, created: { type: 'string', format: 'date-time' }, name: { type: 'string' } },
    });
  });

  it('keeps shared parts of the output schema as $ref into its own $defs (leaf schemas inline, the top expanded)', async () => {
    const tool = await inputOf('3.0.3', { $ref: '#/components/schemas/Order' }, {
      Order: { type: 'object', properties: { buyer: { $ref: '#/components/schemas/Person' }, seller: { $ref: '#/components/schemas/Person' }, placed: { $ref: '#/components/schemas/Timestamp' } } },
      Person: { type: 'object', properties: { name: { type: 'string' }, address: { $ref: '#/components/schemas/Address' } } },
      Address: { type: 'object', properties: { city: { type: 'string' } } },
      Timestamp: { type: 'string', format: 'date-time' },
      Unused: { type: 'object', properties: { x: { type: 'string' } } },
    });
    expect(tool.outputSchema).toEqual({
      type: 'object',
      properties: { buyer: { $ref: '#/$defs/Person' }, seller: { $ref: '#/$defs/Person' }, placed: { type: 'string', format: 'date-time' } },
      $defs: {
        Person: { type: 'object', properties: { name: { type: 'string' }, address: { $ref: '#/$defs/Address' } } },
        Address: { type: 'object', properties: { city: { type: 'string' } } },
      },
    });
    // The input schema inlines them, as models read it.
    expect(JSON.stringify(tool.inputSchema)).not.toContain('$ref');
  });

  it('keeps recursive refs as $ref into a $defs holding only what the tool reaches', async () => {
    const components = {
      Node: { type: 'object', properties: { label: { type: 'string' }, children: { type: 'array', items: { $ref: '#/components/schemas/Node' } }, meta: { $ref: '#/components/schemas/Meta' } } },
      Meta: { type: 'object', properties: { note: { type: 'string' } } },
      A: { type: 'object', properties: { b: { $ref: '#/components/schemas/B' } } },
      B: { type: 'object', properties: { a: { $ref: '#/components/schemas/A' } } },
      Unused: { type: 'object', properties: { self: { $ref: '#/components/schemas/Unused' } } },
    };
    const tool = await inputOf('3.0.3', { type: 'object', properties: { tree: { $ref: '#/components/schemas/Node' }, pair: { $ref: '#/components/schemas/A' } } }, components);
    const input = tool.inputSchema;
    expect(Object.keys(input.$defs!).sort()).toEqual(['A', 'Node']);
    expect(input.$defs!.Node).toEqual({
      type: 'object',
      properties: { label: { type: 'string' }, children: { type: 'array', items: { $ref: '#/$defs/Node' } }, meta: { type: 'object', properties: { note: { type: 'string' } } } },
    });
    expect(input.properties!.value).toEqual({ type: 'object', properties: { tree: { $ref: '#/$defs/Node' }, pair: { $ref: '#/$defs/A' } } });
    expect(JSON.stringify(input)).not.toContain('Unused');
    expect(tool.zodSchema.safeParse({ value: { tree: { label: 'r', children: [{ label: 'c', children: [] }] }, pair: { b: { a: { b: {} } } } } }).success).toBe(true);
    expect(tool.zodSchema.safeParse({ value: { tree: { children: [{ label: 1 }] } } }).success).toBe(false);
    expect(tool.outputSchema!.$defs).toHaveProperty('Node');
  });

  it('gives same-named refs from different places distinct $defs names', async () => {
    const spec = {
      openapi: '3.1.0',
      info,
      servers,
      paths: {
        '/x': {
          post: {
            requestBody: {
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: { a: { $ref: '#/components/schemas/Item' }, b: { $ref: '#/components/other/Item' } },
                  },
                },
              },
            },
            responses: { '204': { description: 'none' } },
          },
        },
      },
      components: {
        schemas: { Item: { type: 'object', properties: { next: { $ref: '#/components/schemas/Item' } } } },
        other: { Item: { type: 'array', items: { $ref: '#/components/other/Item' } } },
      },
    };
    const server = await loadApiServer({ name: 't', spec });
    const input = server.tools[0].inputSchema;
    expect(Object.keys(input.$defs!)).toEqual(['Item', 'Item_2']);
    expect(input.properties).toEqual({ a: { $ref: '#/$defs/Item' }, b: { $ref: '#/$defs/Item_2' } });
    expect(server.tools[0].name).toBe('t_post_x');
  });
});
