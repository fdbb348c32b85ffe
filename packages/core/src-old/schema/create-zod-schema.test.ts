import { describe, expect, it } from 'vitest';
import type { JsonSchema } from '../index';
import { createZodSchema } from './create-zod-schema';

/** Each case: a schema, values JSON Schema 2020-12 accepts, values it rejects. */
const cases: Array<{ name: string; schema: JsonSchema; valid: unknown[]; invalid: unknown[] }> = [
  { name: 'format email', schema: { type: 'string', format: 'email' }, valid: ['a@b.co'], invalid: ['nope', 3] },
  { name: 'format date-time', schema: { type: 'string', format: 'date-time' }, valid: ['2024-01-01T10:00:00Z'], invalid: ['2024-01-01', 'x'] },
  { name: 'format date', schema: { type: 'string', format: 'date' }, valid: ['2024-02-29'], invalid: ['2024-13-45', 'x'] },
  { name: 'format uuid', schema: { type: 'string', format: 'uuid' }, valid: ['123e4567-e89b-12d3-a456-426614174000'], invalid: ['123'] },
  { name: 'format uri', schema: { type: 'string', format: 'uri' }, valid: ['https://a.example/x?y=1'], invalid: ['not a uri'] },
  { name: 'unknown format is an annotation', schema: { type: 'string', format: 'int64' }, valid: ['x', '12'], invalid: [12] },
  { name: 'pattern', schema: { type: 'string', pattern: '^cus_[a-z0-9]+$' }, valid: ['cus_1a'], invalid: ['cus_', 'x_cus_1'] },
  { name: 'enum', schema: { type: 'string', enum: ['a', 'b'] }, valid: ['a', 'b'], invalid: ['c', null] },
  { name: 'mixed enum', schema: { enum: [1, 'a', null] }, valid: [1, 'a', null], invalid: [2, 'b'] },
  { name: 'const', schema: { const: 'card' }, valid: ['card'], invalid: ['bank', 1] },
  { name: 'nullable type array', schema: { type: ['string', 'null'] }, valid: ['x', null], invalid: [1, {}] },
  { name: 'nullable enum', schema: { type: ['string', 'null'], enum: ['a', null] }, valid: ['a', null], invalid: ['b'] },
  { name: 'anyOf with null', schema: { anyOf: [{ type: 'integer' }, { type: 'null' }] }, valid: [1, null], invalid: ['1', 1.5] },
  // Deliberately more permissive than JSON Schema: oneOf is checked as anyOf (see createZodSchema).
  { name: 'oneOf checked as anyOf', schema: { oneOf: [{ type: 'number' }, { type: 'integer' }] }, valid: [1.5, 1], invalid: ['x', null] },
  {
    // readme.io's discriminator fixture: two loose objects that differ only in optional properties
    name: 'oneOf of overlapping objects (a discriminator spec)',
    schema: {
      oneOf: [
        { type: 'object', required: ['discrim'], properties: { discrim: { type: 'string' }, optionone: { type: 'number' } } },
        { type: 'object', required: ['discrim'], properties: { discrim: { type: 'string' }, optiontwo: { type: 'string' } } },
      ],
    },
    valid: [{ discrim: 'option one', optionone: 1 }, { discrim: 'x' }],
    invalid: [{ optionone: 1 }, { discrim: 'x', optionone: 'not a number', optiontwo: 2 }],
  },
  {
    name: 'oneOf of objects',
    schema: {
      oneOf: [
        { type: 'object', properties: { type: { const: 'card' }, number: { type: 'string' } }, required: ['type', 'number'] },
        { type: 'object', properties: { type: { const: 'bank' }, iban: { type: 'string' } }, required: ['type', 'iban'] },
      ],
    },
    valid: [{ type: 'card', number: '4242' }, { type: 'bank', iban: 'DE1' }],
    invalid: [{ type: 'card', iban: 'DE1' }, {}],
  },
  {
    name: 'allOf',
    schema: { allOf: [{ type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }, { type: 'object', properties: { b: { type: 'integer' } }, required: ['b'] }] },
    valid: [{ a: 'x', b: 1 }],
    invalid: [{ a: 'x' }, { b: 1 }],
  },
  { name: 'integer bounds', schema: { type: 'integer', minimum: 1, maximum: 100 }, valid: [1, 100], invalid: [0, 101, 1.5] },
  { name: 'exclusive bounds', schema: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 5 }, valid: [0.1, 4.9], invalid: [0, 5] },
  { name: 'multipleOf', schema: { type: 'integer', multipleOf: 5 }, valid: [10], invalid: [11] },
  { name: 'string length', schema: { type: 'string', minLength: 2, maxLength: 3 }, valid: ['ab', 'abc'], invalid: ['a', 'abcd'] },
  { name: 'array bounds and uniqueness', schema: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 2, uniqueItems: true }, valid: [['a'], ['a', 'b']], invalid: [[], ['a', 'a'], ['a', 'b', 'c'], [1]] },
  { name: 'tuple', schema: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }] }, valid: [['a', 1]], invalid: [['a', 'b']] },
  {
    name: 'required and extra keys',
    schema: { type: 'object', properties: { a: { type: 'string' }, b: { type: 'integer' } }, required: ['a'] },
    valid: [{ a: 'x' }, { a: 'x', b: 2, extra: true }],
    invalid: [{ b: 2 }, { a: 1 }, 'x'],
  },
  { name: 'required name without a property', schema: { type: 'object', properties: { a: { type: 'string' } }, required: ['a', 'b'] }, valid: [{ a: 'x', b: null }], invalid: [{ a: 'x' }] },
  { name: 'closed object', schema: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false }, valid: [{ a: 'x' }, {}], invalid: [{ a: 'x', b: 1 }] },
  { name: 'map', schema: { type: 'object', additionalProperties: { type: 'string' }, maxProperties: 2 }, valid: [{ k: 'v' }], invalid: [{ k: 1 }, { a: 'x', b: 'y', c: 'z' }] },
  {
    // GitHub's checks.create body: branches without `type` that differ only in properties.status
    name: 'oneOf of typeless branches with object keywords',
    schema: {
      type: 'object',
      properties: { status: { type: 'string' }, conclusion: { type: 'string' } },
      oneOf: [
        { properties: { status: { enum: ['completed'] } }, required: ['status', 'conclusion'] },
        { properties: { status: { enum: ['queued', 'in_progress'] } } },
      ],
    },
    valid: [{ status: 'completed', conclusion: 'success' }, { status: 'queued' }, {}],
    invalid: [{ status: 'completed' }, { status: 'done' }],
  },
  { name: 'typeless object keywords skip other types', schema: { properties: { a: { type: 'integer' } }, required: ['a'] }, valid: [{ a: 1 }, 'text', 3, null, [1]], invalid: [{ a: 'x' }, {}] },
  {
    name: '$defs recursion',
    schema: {
      type: 'object',
      properties: { root: { $ref: '#/$defs/Node' } },
      required: ['root'],
      $defs: { Node: { type: 'object', properties: { value: { type: 'integer' }, children: { type: 'array', items: { $ref: '#/$defs/Node' } } }, required: ['value'] } },
    },
    valid: [{ root: { value: 1, children: [{ value: 2, children: [{ value: 3 }] }] } }],
    invalid: [{ root: { value: 1, children: [{ children: [] }] } }, { root: { value: 1, children: [{ value: 2, children: [{ value: 'x' }] }] } }, {}],
  },
];

describe('createZodSchema agrees with JSON Schema', () => {
  for (const testCase of cases) {
    it(testCase.name, () => {
      const schema = createZodSchema(testCase.schema);
      for (const value of testCase.valid) expect(schema.safeParse(value).success, `accepts ${JSON.stringify(value)}`).toBe(true);
      for (const value of testCase.invalid) expect(schema.safeParse(value).success, `rejects ${JSON.stringify(value)}`).toBe(false);
    });
  }

  it('does not modify the JSON Schema it reads', () => {
    const schema: JsonSchema = { type: 'object', properties: { a: { type: 'string' } }, required: ['a', 'b'] };
    const before = JSON.stringify(schema);
    createZodSchema(schema);
    expect(JSON.stringify(schema)).toBe(before);
  });
});

describe('createZodSchema where zod needs help', () => {
  it('reads unevaluatedProperties: false on a plain object as a closed object', () => {
    const schema = createZodSchema({ type: 'object', properties: { a: { type: 'string' } }, unevaluatedProperties: false });
    expect(schema.safeParse({ a: 'x' }).success).toBe(true);
    expect(schema.safeParse({ a: 'x', b: 1 }).success).toBe(false);
  });

  it('never throws: keywords zod cannot express make it more permissive there, never stricter', () => {
    const schema = createZodSchema({
      type: 'object',
      properties: {
        kind: { type: 'string', not: { const: 'x' } },
        shape: { if: { properties: { a: { const: 1 } } }, then: { required: ['b'] } },
        weird: { type: 'date' },
        count: { type: 'integer' },
      },
      required: ['count'],
      dependentRequired: { kind: ['shape'] },
    });
    expect(schema.safeParse({ kind: 'y', shape: { a: 2 }, weird: '2024-01-01', count: 1 }).success).toBe(true);
    expect(schema.safeParse({ count: 'one' }).success).toBe(false);
    expect(schema.safeParse({}).success).toBe(false);
  });
});
