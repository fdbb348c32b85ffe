import { describe, expect, it } from 'vitest';
import { sampleFromPattern } from './sample-from-pattern';
import { sampleInput } from './sample-input';

describe('sampleInput', () => {
  it('fills every property and honours enum, format, bounds, patterns and $defs', () => {
    const value = sampleInput({
      type: 'object',
      properties: {
        status: { enum: ['open', 'paid'] },
        amount: { type: 'integer', minimum: 50 },
        country: { type: 'string', pattern: '^[A-Z]{2}$' },
        email: { type: 'string', format: 'email' },
        tags: { type: 'array', items: { type: 'string' }, minItems: 2 },
        item: { $ref: '#/$defs/Item' },
        either: { oneOf: [{ type: 'null' }, { type: 'boolean' }] },
      },
      $defs: { Item: { type: 'object', properties: { id: { type: 'string', minLength: 15 } } } },
    });
    expect(value).toEqual({
      status: 'open',
      amount: 50,
      country: 'AA',
      email: 'ann@example.com',
      tags: ['sample-value', 'sample-value'],
      item: { id: 'sample-valuexxx' },
      either: true,
    });
  });

  it('stops at recursive schemas', () => {
    const value = sampleInput({ $ref: '#/$defs/Node', $defs: { Node: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/$defs/Node' } } } } } });
    expect(JSON.stringify(value).length).toBeLessThan(200);
  });

  it('generates strings for simple patterns and gives up on others', () => {
    expect(sampleFromPattern('^cus_[a-zA-Z0-9]{3,}$')).toBe('cus_aaa');
    expect(sampleFromPattern('^\\d{4}-\\d{2}$')).toBe('1111-11');
    expect(sampleFromPattern('^(a|b)$')).toBeUndefined();
  });
});
