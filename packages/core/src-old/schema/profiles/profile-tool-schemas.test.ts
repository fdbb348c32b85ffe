import { describe, expect, it } from 'vitest';
import { loadApiServer, profileToolSchemas, type JsonSchema, type ToolDescriptor } from '@apiwire/core';

const spec = {
  openapi: '3.0.3',
  info: { title: 'profiles', version: '1' },
  paths: {
    '/notes': {
      post: {
        operationId: 'createNote',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['title'],
                properties: {
                  title: { type: 'string', maxLength: 50 },
                  link: { type: 'string', format: 'uri', description: 'Where it came from.' },
                  metadata: { type: 'object', additionalProperties: { type: 'string' } },
                  extra: { type: 'object', description: 'Anything.' },
                  mood: { type: 'string', enum: ['calm', 'loud'], nullable: true },
                  count: { type: 'integer', minimum: 1, default: 3 },
                  tree: { $ref: '#/components/schemas/Node' },
                },
              },
            },
          },
        },
        responses: { '201': { description: 'made' } },
      },
    },
  },
  components: {
    schemas: {
      Node: {
        type: 'object',
        required: ['name', 'first'],
        properties: {
          name: { type: 'string' },
          first: { $ref: '#/components/schemas/Node' },
          children: { type: 'array', items: { $ref: '#/components/schemas/Node' }, description: 'Subtrees.' },
        },
      },
    },
  },
};

async function noteTool(): Promise<ToolDescriptor> {
  const server = await loadApiServer({ name: 'n', spec, baseUrl: 'http://127.0.0.1:1' });
  return server.tool('n_create_note')!;
}

const propertiesOf = (schema: JsonSchema) => schema.properties as Record<string, JsonSchema>;

describe('provider profiles', () => {
  it('OpenAI strict: refused keywords move into words, every property is required, maps become key/value lists', async () => {
    const tool = await noteTool();
    const profiled = profileToolSchemas({ tools: [tool], provider: 'openai', strict: true }).get(tool.name)!;
    expect(profiled.strict).toBe(true);
    const properties = propertiesOf(profiled.inputSchema);
    expect(profiled.inputSchema.additionalProperties).toBe(false);
    expect(profiled.inputSchema.required).toEqual(Object.keys(properties));
    expect(properties.title).toEqual({ type: 'string', description: 'At most 50 characters.' });
    expect(properties.link).toEqual({ type: ['string', 'null'], description: 'Where it came from. (format: uri)' });
    expect(properties.count).toMatchObject({ type: ['integer', 'null'], minimum: 1, description: 'Default: 3.' });
    expect(properties.metadata).toMatchObject({ type: ['array', 'null'], items: { properties: { key: { type: 'string' }, value: { type: 'string' } } } });
    expect(properties.extra).toMatchObject({ type: ['string', 'null'], description: expect.stringContaining('Anything. (an object; a JSON value written as text)') });
    // the input comes back in the spec's shape: nulls left out, lists and JSON text turned back
    const input = profiled.restoreInput({
      title: 'a', link: null, count: null, mood: null, tree: null,
      metadata: [{ key: 'team', value: 'core' }], extra: '{"deep":[1,2]}',
    });
    expect(input).toEqual({ title: 'a', mood: null, metadata: { team: 'core' }, extra: { deep: [1, 2] } });
    expect(tool.zodSchema.safeParse(input).success).toBe(true);
    // what only the description says is still enforced by apiwire's own validation
    expect(tool.zodSchema.safeParse(profiled.restoreInput({ ...(input as object), title: 'x'.repeat(51), metadata: null })).success).toBe(false);
  });

  it('OpenAI strict: a map too deep for a key/value list within 10 levels becomes JSON text, and comes back as an object', async () => {
    let deep: Record<string, unknown> = { type: 'object', additionalProperties: { type: 'string' } };
    for (let level = 0; level < 8; level += 1) deep = { type: 'object', required: ['inner'], properties: { inner: deep } };
    const deepSpec = {
      openapi: '3.0.3',
      info: { title: 'deep', version: '1' },
      paths: {
        '/deep': {
          post: {
            operationId: 'putDeep',
            requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['outer'], properties: { outer: deep } } } } },
            responses: { '204': { description: 'done' } },
          },
        },
      },
    };
    const server = await loadApiServer({ name: 'd', spec: deepSpec, baseUrl: 'http://127.0.0.1:1' });
    const tool = server.tool('d_put_deep')!;
    const profiled = profileToolSchemas({ tools: [tool], provider: 'openai', strict: true }).get(tool.name)!;
    const nestingOf = (schema: unknown): number => {
      if (schema === null || typeof schema !== 'object') return 0;
      const node = schema as JsonSchema;
      const children = [...Object.values((node.properties ?? {}) as Record<string, unknown>), node.items].filter((child) => child !== undefined);
      return 1 + Math.max(0, ...children.map(nestingOf));
    };
    expect(nestingOf(profiled.inputSchema)).toBeLessThanOrEqual(10);
    let map: JsonSchema = propertiesOf(profiled.inputSchema).outer!;
    for (let level = 0; level < 8; level += 1) map = propertiesOf(map).inner!;
    expect(map).toMatchObject({ type: 'string', description: expect.stringContaining('a JSON value written as text') });
    let input: Record<string, unknown> = { inner: '{"team":"core"}' };
    for (let level = 0; level < 7; level += 1) input = { inner: input };
    let expected: Record<string, unknown> = { inner: { team: 'core' } };
    for (let level = 0; level < 7; level += 1) expected = { inner: expected };
    const restored = profiled.restoreInput({ outer: input });
    expect(restored).toEqual({ outer: expected });
    expect(tool.zodSchema.safeParse(restored).success).toBe(true);
  });

  it('Anthropic strict: recursion is cut at a fixed depth to a JSON text leaf, bounds move into words', async () => {
    const tool = await noteTool();
    const profiled = profileToolSchemas({ tools: [tool], provider: 'anthropic', strict: true }).get(tool.name)!;
    expect(profiled.strict).toBe(true);
    expect(profiled.inputSchema.$defs).toBeUndefined();
    const tree = propertiesOf(profiled.inputSchema).tree;
    const first = propertiesOf(tree).first;
    const cut = propertiesOf(first).first;
    expect(cut).toMatchObject({ type: 'string', description: expect.stringContaining('cut here') });
    expect(propertiesOf(profiled.inputSchema).count).toEqual({ type: 'integer', default: 3, description: 'At least 1.' });
    const input = profiled.restoreInput({ title: 'a', tree: { name: 'r', first: { name: 'c', first: '{"name":"g","first":null}' } } });
    expect(input).toEqual({ title: 'a', tree: { name: 'r', first: { name: 'c', first: { name: 'g', first: null } } } });
  });

  it('Anthropic strict: only the tools that fit the per-request caps go strict, in the order given', async () => {
    const tool = await noteTool();
    const many = Array.from({ length: 25 }, (_, index) => ({ name: `t${index}`, inputSchema: { type: 'object', properties: { a: { type: 'string' } }, required: ['a'] } }));
    const optional = { name: 'wide', inputSchema: { type: 'object', properties: Object.fromEntries(Array.from({ length: 25 }, (_, index) => [`p${index}`, { type: 'string' }])) } };
    const schemas = profileToolSchemas({ tools: [optional, tool, ...many], provider: 'anthropic', strict: true });
    expect(schemas.get('wide')!.strict).toBe(false);
    expect(schemas.get('wide')!.inputSchema).toEqual(optional.inputSchema);
    const strictNames = [...schemas].filter(([, schema]) => schema.strict).map(([name]) => name);
    expect(strictNames).toHaveLength(20);
    expect(strictNames[0]).toBe(tool.name);
  });

  it('Gemini: a $ref carries no siblings, recursion is never mandatory, enums hold no null', async () => {
    const tool = await noteTool();
    for (const strict of [false, true]) {
      const profiled = profileToolSchemas({ tools: [tool], provider: 'google', strict }).get(tool.name)!;
      expect(profiled.strict).toBe(strict);
      const node = (profiled.inputSchema.$defs as Record<string, JsonSchema>).Node;
      expect(node.required).toEqual(['name']);
      expect(propertiesOf(node).first).toEqual({ $ref: '#/$defs/Node', description: 'Required.' });
      expect(propertiesOf(node).children).toEqual({ type: 'array', items: { $ref: '#/$defs/Node' }, description: 'Subtrees.' });
      expect(propertiesOf(profiled.inputSchema).mood).toEqual({ anyOf: [{ type: 'string', enum: ['calm', 'loud'] }, { type: 'null' }] });
      expect(propertiesOf(profiled.inputSchema).title).toEqual({ type: 'string', description: 'At most 50 characters.' });
    }
  });

  it('the default profile changes only what some provider refuses, and never the zod schema', async () => {
    const tool = await noteTool();
    const profiled = profileToolSchemas({ tools: [tool] }).get(tool.name)!;
    expect(profiled.strict).toBe(false);
    const properties = propertiesOf(profiled.inputSchema);
    expect(properties.title).toEqual({ type: 'string', maxLength: 50 });
    expect(properties.metadata).toEqual({ type: 'object', additionalProperties: { type: 'string' } });
    expect(properties.mood).toEqual({ anyOf: [{ type: 'string', enum: ['calm', 'loud'] }, { type: 'null' }] });
    const input = { title: 'a', metadata: { a: 'b' } };
    expect(profiled.restoreInput(input)).toEqual(input);
  });

  it('strict without a provider follows all three: no pattern, no const, nothing recursive, no null in enums', async () => {
    const tool = await noteTool();
    const profiled = profileToolSchemas({ tools: [tool], strict: true }).get(tool.name)!;
    const text = JSON.stringify(profiled.inputSchema);
    expect(text).not.toMatch(/"\$ref"|"pattern"|"const"|"default"|"maxLength"|"minimum"|"format"/);
    expect(text).not.toContain('null]');
    expect(propertiesOf(profiled.inputSchema).mood).toEqual({ anyOf: [{ type: 'string', enum: ['calm', 'loud'] }, { type: 'null' }] });
  });

  it('OpenAI strict: the key count of a map is said once in words; default modes keep `not` and `if` as written', () => {
    const inputSchema: JsonSchema = {
      type: 'object',
      required: ['labels', 'code'],
      properties: {
        labels: { type: 'object', maxProperties: 3, additionalProperties: { type: 'string' } },
        code: { type: 'string', not: { pattern: '^(?!x)' }, if: { minLength: 2 }, then: { pattern: '^(?=a)' } },
      },
    };
    const [strict, loose] = [true, false].map((mode) => profileToolSchemas({ tools: [{ name: 'label', inputSchema }], provider: 'openai', strict: mode }).get('label')!);
    expect(propertiesOf(strict.inputSchema).labels.description).toBe('At most 3 keys; a list of { key, value } entries, one per key.');
    // loosening a schema under `not` or `if` would change what the parent means: they stay as written
    const code = propertiesOf(loose.inputSchema).code;
    expect(code.not).toBe((inputSchema.properties as Record<string, JsonSchema>).code.not);
    expect(code.if).toEqual({ minLength: 2 });
    expect(code.then).toEqual({ pattern: '^(?=a)' });
  });
});
