import { describe, expect, it } from 'vitest';
import { toStrictJsonSchema } from './index';
import { stripStrictNulls } from './strip-strict-nulls';

const schema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    limit: { type: 'integer', minimum: 1 },
    status: { type: 'string', enum: ['open', 'paid'] },
    note: { type: ['string', 'null'] },
    address: { $ref: '#/$defs/Address' },
    method: { oneOf: [{ type: 'object', properties: { card: { type: 'string' } }, required: ['card'] }, { type: 'string' }] },
  },
  required: ['id'],
  $defs: { Address: { type: 'object', properties: { city: { type: 'string' }, zip: { type: 'string' } }, required: ['city'] } },
};

describe('toStrictJsonSchema', () => {
  it('requires every property, makes optional ones nullable, closes objects, turns oneOf into anyOf', () => {
    expect(toStrictJsonSchema(schema)).toMatchInlineSnapshot(`
      {
        "$defs": {
          "Address": {
            "additionalProperties": false,
            "properties": {
              "city": {
                "type": "string",
              },
              "zip": {
                "type": [
                  "string",
                  "null",
                ],
              },
            },
            "required": [
              "city",
              "zip",
            ],
            "type": "object",
          },
        },
        "additionalProperties": false,
        "properties": {
          "address": {
            "anyOf": [
              {
                "$ref": "#/$defs/Address",
              },
              {
                "type": "null",
              },
            ],
          },
          "id": {
            "type": "string",
          },
          "limit": {
            "minimum": 1,
            "type": [
              "integer",
              "null",
            ],
          },
          "method": {
            "anyOf": [
              {
                "anyOf": [
                  {
                    "additionalProperties": false,
                    "properties": {
                      "card": {
                        "type": "string",
                      },
                    },
                    "required": [
                      "card",
                    ],
                    "type": "object",
                  },
                  {
                    "type": "string",
                  },
                ],
              },
              {
                "type": "null",
              },
            ],
          },
          "note": {
            "type": [
              "string",
              "null",
            ],
          },
          "status": {
            "enum": [
              "open",
              "paid",
              null,
            ],
            "type": [
              "string",
              "null",
            ],
          },
        },
        "required": [
          "id",
          "limit",
          "status",
          "note",
          "address",
          "method",
        ],
        "type": "object",
      }
    `);
    expect(schema.required).toEqual(['id']);
  });

  it('drops the nulls strict mode forces into optional fields, keeping nulls the spec allows', () => {
    expect(
      stripStrictNulls({
        value: { id: 'x', limit: null, status: null, note: null, address: { city: 'Paris', zip: null }, method: null },
        schema,
      }),
    ).toEqual({ id: 'x', note: null, address: { city: 'Paris' } });
  });
});
