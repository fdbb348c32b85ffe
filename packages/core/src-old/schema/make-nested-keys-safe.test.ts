import { startStandInServer, type FixtureServer } from '@apiwire/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadApiServer } from '../index';
import type { JsonSchema } from '../json-schema';
import { makeNestedKeysSafe } from './make-nested-keys-safe';
import { allPropertyKeys } from '@apiwire/fixtures';

const safeKey = /^[a-zA-Z0-9_.-]{1,64}$/;

const spec = {
  openapi: '3.1.0',
  info: { title: 'Links', version: '1' },
  paths: {
    '/links': {
      post: {
        operationId: 'createLink',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  link: { $ref: '#/components/schemas/Link' },
                  links: { type: 'array', items: { $ref: '#/components/schemas/Link' } },
                  choice: {
                    oneOf: [
                      { type: 'object', properties: { 'input 1': { type: 'string' } }, required: ['input 1'] },
                      { type: 'object', properties: { '@value': { type: 'integer' } }, required: ['@value'] },
                    ],
                  },
                  tree: { $ref: '#/components/schemas/Node' },
                  labels: { type: 'object', additionalProperties: { type: 'string' } },
                },
              },
            },
          },
        },
        responses: { '201': { description: 'Created', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
    '/plain': {
      post: {
        operationId: 'createPlain',
        requestBody: {
          content: { 'application/json': { schema: { type: 'object', properties: { note: { type: 'object', properties: { text: { type: 'string' } } } } } } },
        },
        responses: { '201': { description: 'Created' } },
      },
    },
  },
  components: {
    schemas: {
      Link: {
        type: 'object',
        required: ['@href'],
        properties: { '@href': { type: 'string' }, '@rel': { type: 'string' }, href: { type: 'string' } },
      },
      Node: {
        type: 'object',
        properties: { '@name': { type: 'string' }, children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } },
      },
    },
  },
};

describe('makeNestedKeysSafe', () => {
  it('returns the same schema, and no way back, when every key is safe', () => {
    const schema: JsonSchema = { type: 'object', properties: { note: { type: 'object', properties: { text: { type: 'string' } } } } };
    const safe = makeNestedKeysSafe(schema);
    expect(safe.schema).toBe(schema);
    expect(safe.restore).toBeUndefined();
  });

  it('renames unsafe keys without taking a key that is already there, and renames required with them', () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: { link: { type: 'object', required: ['@href'], properties: { '@href': { type: 'string' }, href: { type: 'string' } } } },
    };
    const safe = makeNestedKeysSafe(schema);
    expect(safe.schema.properties?.link).toEqual({
      type: 'object',
      required: ['href_2'],
      properties: { href_2: { type: 'string' }, href: { type: 'string' } },
    });
    expect(safe.restore?.({ link: { href_2: 'a', href: 'b' } })).toEqual({ link: { '@href': 'a', href: 'b' } });
    // the input schema it was given is not changed
    expect(Object.keys(schema.properties?.link.properties ?? {})).toEqual(['@href', 'href']);
  });
});

describe('nested unsafe keys through a loaded server', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startStandInServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('offers only provider-safe keys at every depth, $defs included', async () => {
    const api = await loadApiServer({ name: 'links', spec, baseUrl: server.url });
    const tool = api.tool('links_create_link')!;
    const keys = allPropertyKeys(tool.inputSchema);
    expect(keys).toEqual(expect.arrayContaining(['href_2', 'rel', 'href', 'input_1', 'value', 'name', 'children']));
    for (const key of keys) expect(key).toMatch(safeKey);
    expect(tool.inputSchema.$defs).toBeDefined();
  });

  it('sends the spec\'s names: through refs, arrays, oneOf branches and recursive $defs; free-form maps keep their keys', async () => {
    server.reset();
    const api = await loadApiServer({ name: 'links', spec, baseUrl: server.url });
    const result = await api.tool('links_create_link')!.invoke({
      link: { href_2: '/a', rel: 'self', href: 'plain' },
      links: [{ href_2: '/b' }, { href_2: '/c', rel: 'next' }],
      choice: { input_1: 'x' },
      tree: { name: 'root', children: [{ name: 'kid', children: [] }] },
      labels: { href_2: 'kept as typed', rel: 'also kept' },
    });
    expect(result.ok).toBe(true);
    expect(JSON.parse(server.requests[0].body)).toEqual({
      link: { '@href': '/a', '@rel': 'self', href: 'plain' },
      links: [{ '@href': '/b' }, { '@href': '/c', '@rel': 'next' }],
      choice: { 'input 1': 'x' },
      tree: { '@name': 'root', children: [{ '@name': 'kid', children: [] }] },
      labels: { href_2: 'kept as typed', rel: 'also kept' },
    });
  });

  it('validates against the safe names: a missing required nested key is named as the model knows it', async () => {
    server.reset();
    const api = await loadApiServer({ name: 'links', spec, baseUrl: server.url });
    const result = await api.tool('links_create_link')!.invoke({ link: { rel: 'self' } });
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid_input', issues: [{ path: 'link.href_2', message: 'required' }] } });
    expect(server.requests).toHaveLength(0);
  });

  it('leaves tools whose keys are all safe as they are', async () => {
    const api = await loadApiServer({ name: 'links', spec, baseUrl: server.url });
    server.reset();
    const result = await api.tool('links_create_plain')!.invoke({ note: { text: 'hi' } });
    expect(result.ok).toBe(true);
    expect(JSON.parse(server.requests[0].body)).toEqual({ note: { text: 'hi' } });
  });
});
