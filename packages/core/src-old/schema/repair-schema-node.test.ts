import { describe, expect, it } from 'vitest';
import { loadApiServer } from '@apiwire/core';

const spec = {
  openapi: '3.1.0',
  info: { title: 'repairs', version: '1' },
  paths: {
    '/things': {
      post: {
        operationId: 'createThing',
        parameters: [{ name: 'code', in: 'query', schema: { type: 'string', pattern: '^1[0-9]{,2}$' } }],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
        },
        responses: { '201': { description: 'made' } },
      },
    },
  },
  components: {
    schemas: {
      Thing: {
        type: 'object',
        additionalProperties: false,
        $recursiveAnchor: true,
        required: ['name', 'ghost'],
        properties: {
          name: { type: 'string', pattern: '^[\\w-.]+$' },
          kind: { type: 'string', enum: [] },
          tags: { type: 'array' },
          labels: { type: 'object', additionalProperties: false, properties: { color: { type: 'string' } } },
        },
      },
    },
  },
};

describe('load-time schema repair', () => {
  it('gives every provider valid JSON Schema and warns with the tool and the spec pointer', async () => {
    const server = await loadApiServer({ name: 'shop', spec, baseUrl: 'http://127.0.0.1:1' });
    const tool = server.tool('shop_create_thing')!;
    const properties = tool.inputSchema.properties!;
    expect(properties.code.pattern).toBe('^1[0-9]{0,2}$');
    expect(properties.name.pattern).toBe('^[\\w\\-.]+$');
    expect(properties.kind).toEqual({ type: 'string' });
    expect(properties.tags).toEqual({ type: 'array', items: {} });
    expect(properties.labels.additionalProperties).toBe(false);
    expect(properties.ghost).toEqual({});
    expect(tool.inputSchema.additionalProperties).toBe(false);
    expect(JSON.stringify(tool.inputSchema)).not.toContain('$recursiveAnchor');
    expect(JSON.stringify(tool.inputSchema)).not.toContain('"not"');
    const repairs = server.warnings.map(({ tool: name, pointer }) => `${name} ${pointer}`);
    expect(repairs).toEqual(
      expect.arrayContaining([
        'shop_create_thing /paths/~1things/post/parameters/0/schema/pattern',
        'shop_create_thing /components/schemas/Thing/properties/name/pattern',
        'shop_create_thing /components/schemas/Thing/properties/kind/enum',
        'shop_create_thing /components/schemas/Thing/properties/tags',
        'shop_create_thing /components/schemas/Thing/$recursiveAnchor',
        'shop_create_thing /components/schemas/Thing/required',
      ]),
    );
  });

  it('validates with the repaired schema, and keeps accepting extra top-level keys as before', async () => {
    const server = await loadApiServer({ name: 'shop', spec, baseUrl: 'http://127.0.0.1:1' });
    const zod = server.tool('shop_create_thing')!.zodSchema;
    expect(zod.safeParse({ code: '15', name: 'a-b.c', ghost: 1 }).success).toBe(true);
    expect(zod.safeParse({ code: '15', name: 'a b', ghost: 1 }).success).toBe(false);
    expect(zod.safeParse({ name: 'a', ghost: null, kind: 'anything', extra: true }).success).toBe(true);
    expect(zod.safeParse({ name: 'a', ghost: 1, labels: { color: 'red', size: 2 } }).success).toBe(false);
    expect(zod.safeParse({ name: 'a' }).success).toBe(false);
  });
});
