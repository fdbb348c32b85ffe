import { describe, expect, it } from 'vitest';
import { createSchemaConverter } from './create-schema-converter';

/** Converts `schema` (with `components.schemas` beside it) for one direction, `$defs` included. */
function convert(schema: unknown, options: { components?: Record<string, unknown>; direction?: 'input' | 'output' } = {}) {
  const document = { components: { schemas: options.components ?? {} } };
  const converter = createSchemaConverter({ document, source: 'test' });
  const context = converter.context(options.direction ?? 'input');
  const converted = converter.convert({ schema, pointer: '/test', context });
  const $defs = converter.collectDefs(context);
  return $defs === undefined ? converted : { ...converted, $defs };
}

describe('convertSchemaNode (through createSchemaConverter)', () => {
  it('turns OpenAPI 3.0 idioms into 2020-12 and drops documentation-only keywords', () => {
    expect(
      convert({
        type: 'object',
        description: '<p>A <b>thing</b>.</p>',
        example: { id: 1 },
        'x-internal': true,
        properties: {
          id: { type: 'integer', readOnly: true },
          count: { type: 'integer', minimum: 1, exclusiveMinimum: true, maximum: 9, exclusiveMaximum: false },
          note: { type: 'string', nullable: true, enum: ['a', 'b'] },
          upload: { type: 'file' },
          pair: { type: 'array', items: [{ type: 'string' }, { type: 'number' }] },
        },
        required: ['id', 'count'],
      }),
    ).toMatchInlineSnapshot(`
      {
        "description": "A thing.",
        "properties": {
          "count": {
            "exclusiveMinimum": 1,
            "maximum": 9,
            "type": "integer",
          },
          "note": {
            "enum": [
              "a",
              "b",
              null,
            ],
            "type": [
              "string",
              "null",
            ],
          },
          "pair": {
            "prefixItems": [
              {
                "type": "string",
              },
              {
                "type": "number",
              },
            ],
            "type": "array",
          },
          "upload": {
            "anyOf": [
              {
                "contentEncoding": "base64",
                "pattern": "^(?:data:[^,;]*(?:;[^,;]*)*;base64,)?(?:[A-Za-z0-9+/_-]{4})*(?:[A-Za-z0-9+/_-]{2}(?:==)?|[A-Za-z0-9+/_-]{3}=?)?$",
                "type": "string",
              },
              {
                "additionalProperties": false,
                "properties": {
                  "base64": {
                    "contentEncoding": "base64",
                    "pattern": "^(?:data:[^,;]*(?:;[^,;]*)*;base64,)?(?:[A-Za-z0-9+/_-]{4})*(?:[A-Za-z0-9+/_-]{2}(?:==)?|[A-Za-z0-9+/_-]{3}=?)?$",
                    "type": "string",
                  },
                  "contentType": {
                    "type": "string",
                  },
                  "filename": {
                    "type": "string",
                  },
                },
                "required": [
                  "base64",
                ],
                "type": "object",
              },
            ],
            "description": "A file: base64 text, a data URL (data:<media type>;base64,<data>), or { base64, filename, contentType }.",
          },
        },
        "required": [
          "count",
        ],
        "type": "object",
      }
    `);
  });

  it('keeps readOnly properties in the output and drops writeOnly ones there', () => {
    expect(
      convert(
        { type: 'object', properties: { id: { type: 'string', readOnly: true }, secret: { type: 'string', writeOnly: true } } },
        { direction: 'output' },
      ),
    ).toMatchInlineSnapshot(`
      {
        "properties": {
          "id": {
            "type": "string",
          },
        },
        "type": "object",
      }
    `);
  });

  it('inlines plain refs, keeps sibling constraints beside them, and makes a nullable ref an anyOf', () => {
    expect(
      convert(
        {
          type: 'object',
          properties: {
            owner: { $ref: '#/components/schemas/User', description: 'Who owns it.' },
            reviewer: { $ref: '#/components/schemas/User', maxProperties: 3 },
            backup: { $ref: '#/components/schemas/User', nullable: true },
          },
        },
        { components: { User: { type: 'object', properties: { name: { type: 'string' } } } } },
      ),
    ).toMatchInlineSnapshot(`
      {
        "properties": {
          "backup": {
            "properties": {
              "name": {
                "type": "string",
              },
            },
            "type": [
              "object",
              "null",
            ],
          },
          "owner": {
            "description": "Who owns it.",
            "properties": {
              "name": {
                "type": "string",
              },
            },
            "type": "object",
          },
          "reviewer": {
            "allOf": [
              {
                "properties": {
                  "name": {
                    "type": "string",
                  },
                },
                "type": "object",
              },
              {
                "maxProperties": 3,
              },
            ],
          },
        },
        "type": "object",
      }
    `);
  });

  it('leaves a recursive ref as a $ref into a $defs holding only what this schema reaches', () => {
    expect(
      convert(
        { $ref: '#/components/schemas/Node' },
        {
          components: {
            Node: { type: 'object', properties: { value: { type: 'string' }, children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } } },
            Unused: { type: 'object', properties: { self: { $ref: '#/components/schemas/Unused' } } },
          },
        },
      ),
    ).toMatchInlineSnapshot(`
      {
        "$defs": {
          "Node": {
            "properties": {
              "children": {
                "items": {
                  "$ref": "#/$defs/Node",
                },
                "type": "array",
              },
              "value": {
                "type": "string",
              },
            },
            "type": "object",
          },
        },
        "$ref": "#/$defs/Node",
      }
    `);
  });

  it('names the pointer of a broken ref deep in the schema, escaped', () => {
    expect(() =>
      convert({ type: 'object', properties: { 'a/b': { type: 'array', items: { $ref: '#/components/schemas/Missing' } } } }),
    ).toThrowErrorMatchingInlineSnapshot(`[ApiwireSpecError: The $ref '#/components/schemas/Missing' points to nothing (at #/test/properties/a~1b/items/$ref in test)]`);
  });

  it('states the safe-integer range on input integers whose spec bound is wider or that are int64 without one', () => {
    const safe = Number.MAX_SAFE_INTEGER;
    const schema = {
      type: 'object',
      properties: {
        // discord: a nonce declared with the full int64 range, permissions up to 2^54 - 1, nullable
        nonce: { type: 'integer', format: 'int64', minimum: -9223372036854775808, maximum: 9223372036854775807 },
        permissions: { type: 'integer', nullable: true, minimum: 0, maximum: 18014398509481983 },
        id: { type: 'integer', format: 'int64' },
        above: { type: 'integer', exclusiveMinimum: -1e19 },
        small: { type: 'integer', format: 'int64', minimum: 1, exclusiveMaximum: 100 },
        plain: { type: 'integer' },
        ratio: { type: 'number', format: 'int64' },
      },
    };
    expect(convert(schema).properties).toEqual({
      nonce: { type: 'integer', format: 'int64', minimum: -safe, maximum: safe },
      permissions: { type: ['integer', 'null'], minimum: 0, maximum: safe },
      id: { type: 'integer', format: 'int64', minimum: -safe, maximum: safe },
      above: { type: 'integer', minimum: -safe },
      small: { type: 'integer', format: 'int64', minimum: 1, exclusiveMaximum: 100 },
      plain: { type: 'integer' },
      ratio: { type: 'number', format: 'int64' },
    });
    // what the API returns is described as the spec says
    expect(convert(schema, { direction: 'output' }).properties!.nonce).toMatchObject({ minimum: -9223372036854775808 });
  });
});
