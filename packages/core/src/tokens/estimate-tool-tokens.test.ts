import { describe, expect, it } from 'vitest';
import { estimateToolTokens } from '../index';

describe('estimateToolTokens', () => {
  it('counts o200k_base tokens of each definition as a JSON function definition', async () => {
    const small = { name: 'get_pet', description: 'Get a pet', inputSchema: { type: 'object', properties: { petId: { type: 'integer' } }, required: ['petId'] } };
    const large = { ...small, name: 'find_pets', description: 'Find pets by status. '.repeat(40) };
    const estimate = await estimateToolTokens([small, large]);
    expect(estimate.tools.map((tool) => tool.name)).toEqual(['get_pet', 'find_pets']);
    // {"type":"function","function":{"name":"get_pet","description":"Get a pet","parameters":{...}}} is ~40 tokens
    expect(estimate.tools[0].tokens).toBeGreaterThan(25);
    expect(estimate.tools[0].tokens).toBeLessThan(60);
    expect(estimate.tools[1].tokens - estimate.tools[0].tokens).toBeGreaterThan(150);
    expect(estimate.total).toBe(estimate.tools[0].tokens + estimate.tools[1].tokens);
    expect((await estimateToolTokens([])).total).toBe(0);
  });
});
