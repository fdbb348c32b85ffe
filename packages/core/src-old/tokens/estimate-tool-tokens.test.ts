import { describe, expect, it } from 'vitest';
import { estimateTextTokens, estimateToolTokens } from '../index';

describe('estimateToolTokens', () => {
  const small = { name: 'get_pet', description: 'Get a pet', inputSchema: { type: 'object', properties: { petId: { type: 'integer' } }, required: ['petId'] } };
  const large = { ...small, name: 'find_pets', description: 'Find pets by status. '.repeat(40) };

  it('estimates each definition as a JSON function definition, in order, with the sum as total', () => {
    const estimate = estimateToolTokens([small, large]);
    expect(estimate.tools.map((tool) => tool.name)).toEqual(['get_pet', 'find_pets']);
    // Exact o200k_base counts (js-tiktoken): 41 for get_pet, 239 for find_pets; the estimate stays within 10 %.
    expect(estimate.tools[0].tokens).toBeGreaterThanOrEqual(37);
    expect(estimate.tools[0].tokens).toBeLessThanOrEqual(45);
    expect(estimate.tools[1].tokens).toBeGreaterThanOrEqual(215);
    expect(estimate.tools[1].tokens).toBeLessThanOrEqual(263);
    expect(estimate.total).toBe(estimate.tools[0].tokens + estimate.tools[1].tokens);
    expect(estimateToolTokens([]).total).toBe(0);
  });

  it('counts with the given counter, on the serialised definition', () => {
    const seen: string[] = [];
    const estimate = estimateToolTokens([small], { countTokens: (text) => (seen.push(text), text.length) });
    expect(seen).toEqual(['{"type":"function","function":{"name":"get_pet","description":"Get a pet","parameters":{"type":"object","properties":{"petId":{"type":"integer"}},"required":["petId"]}}}']);
    expect(estimate.total).toBe(seen[0].length);
  });
});

describe('estimateTextTokens', () => {
  it('is zero for nothing and grows with words, numbers and symbols', () => {
    expect(estimateTextTokens('')).toBe(0);
    expect(estimateTextTokens('   ')).toBe(1); // exact: 1
    expect(estimateTextTokens('hello')).toBe(1);
    expect(estimateTextTokens('hello world again')).toBe(3); // exact: 3
    expect(estimateTextTokens('1234567')).toBeGreaterThanOrEqual(2); // exact: 3
    expect(estimateTextTokens('1234567')).toBeLessThanOrEqual(3);
    expect(estimateTextTokens('internationalization')).toBeGreaterThan(estimateTextTokens('national'));
  });
});
