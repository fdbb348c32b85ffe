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

  it('generates strings for patterns with classes, groups, alternation and quantifiers, and gives up on lookarounds', () => {
    expect(sampleFromPattern('^cus_[a-zA-Z0-9]{3,}$')).toBe('cus_aaa');
    expect(sampleFromPattern('^\\d{4}-\\d{2}$')).toBe('1111-11');
    expect(sampleFromPattern('^(a|b)$')).toBe('a');
    expect(sampleFromPattern('^(?:top|bottom|after:\\d+)$')).toBe('top');
    // base64 (GitHub's encrypted_value)
    const base64 = sampleFromPattern('^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{4})$');
    expect(base64).toMatch(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{4})$/);
    expect(sampleFromPattern('[^a-c]x')).toBe('0x');
    // unbounded repeats stretch to the minimum length
    expect(sampleFromPattern('^[0-9a-f]+$', { minLength: 40, maxLength: 40 })).toBe('0'.repeat(40));
    expect(sampleFromPattern('^(?=a)b$')).toBeUndefined();
  });
});
