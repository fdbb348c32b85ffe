import { describe, expect, it } from 'vitest';
import { mapJsonSchema, mapSubschemas, subschemaPointer } from '../index';
import { visitJsonSchema } from './visit-json-schema';

describe('mapJsonSchema', () => {
  it('rewrites every node below every subschema keyword, subschemas first', () => {
    const seen: string[] = [];
    const schema = {
      type: 'object',
      title: 'root',
      properties: { a: { title: 'a', items: { title: 'a.items' } }, b: { title: 'b', anyOf: [{ title: 'b.0' }, true] } },
      $defs: { D: { title: 'D', not: { title: 'D.not' } } },
      additionalProperties: false,
    };
    const result = mapJsonSchema(schema, {
      rewrite: (node) => {
        seen.push(String(node.title));
        return { ...node, title: `[${String(node.title)}]` };
      },
    });
    expect(seen).toEqual(['a.items', 'a', 'b.0', 'b', 'D.not', 'D', 'root']);
    expect(result).toMatchInlineSnapshot(`
      {
        "$defs": {
          "D": {
            "not": {
              "title": "[D.not]",
            },
            "title": "[D]",
          },
        },
        "additionalProperties": false,
        "properties": {
          "a": {
            "items": {
              "title": "[a.items]",
            },
            "title": "[a]",
          },
          "b": {
            "anyOf": [
              {
                "title": "[b.0]",
              },
              true,
            ],
            "title": "[b]",
          },
        },
        "title": "[root]",
        "type": "object",
      }
    `);
  });

  it('keeps unchanged trees identical and rewrites a shared subschema once', () => {
    const shared = { type: 'object', properties: { 'bad key': { type: 'string' } } };
    const untouched = { type: 'object', properties: { fine: { type: 'string' } } };
    const schema = { type: 'object', properties: { one: shared, two: shared, three: untouched } };
    let rewrites = 0;
    const result = mapJsonSchema(schema, {
      rewrite: (node) => {
        const properties = node.properties as Record<string, unknown> | undefined;
        if (properties === undefined || !('bad key' in properties)) return node;
        rewrites += 1;
        return { ...node, properties: { bad_key: properties['bad key'] } };
      },
    });
    expect(rewrites).toBe(1);
    expect(result.properties.one).toBe(result.properties.two);
    expect(result.properties.three).toBe(untouched);
    expect(mapJsonSchema(untouched, { rewrite: (node) => node })).toBe(untouched);
  });

  it('ends a cycle at the node being rewritten, and keeps a property named __proto__ an own key', () => {
    const node: Record<string, unknown> = { type: 'object' };
    node.properties = { self: node, __proto__: { type: 'string' } };
    Object.defineProperty(node.properties, '__proto__', { value: { type: 'string' }, enumerable: true });
    const result = mapJsonSchema(node, { rewrite: (current) => ({ ...current, seen: true }) }) as Record<string, unknown>;
    const properties = result.properties as Record<string, Record<string, unknown>>;
    expect(properties.self).toBe(node);
    expect(Object.hasOwn(properties, '__proto__')).toBe(true);
    expect(properties.__proto__).toEqual({ type: 'string', seen: true });
  });
});

describe('mapSubschemas and subschemaPointer', () => {
  it('passes each direct subschema with its position, and builds escaped pointers', () => {
    const positions: string[] = [];
    mapSubschemas({ properties: { 'a/b': {} }, items: [{}, {}], allOf: 'not a list', enum: [{}] }, (child, position) => {
      positions.push(subschemaPointer('#/x', position));
      return child;
    });
    expect(positions).toEqual(['#/x/properties/a~1b', '#/x/items/0', '#/x/items/1']);
  });
});

describe('visitJsonSchema', () => {
  it('visits every subschema once per place, parents first, and never enters values that are not schemas', () => {
    const shared = { type: 'string' };
    const schema = {
      type: 'object',
      properties: { a: shared, b: { type: 'array', items: shared } },
      anyOf: [{ required: ['a'] }],
      $defs: { Pet: { type: 'object', properties: {} } },
      default: { properties: { fake: {} } },
      enum: [{ anyOf: [] }],
    };
    const seen: unknown[] = [];
    visitJsonSchema(schema, (node) => seen.push(node));
    expect(seen).toEqual([schema, shared, schema.properties.b, shared, schema.anyOf[0], schema.$defs.Pet]);
  });
});
