import { estimateTextTokens, estimateToolTokens, loadApiServer } from '@apiwire/core';
import { fixtureSpecPath } from '@apiwire/fixtures';
import { describe, expect, it } from 'vitest';
import { loadO200kTokenCounter } from './index';

describe('loadO200kTokenCounter', () => {
  it('counts o200k_base tokens exactly', async () => {
    const countTokens = await loadO200kTokenCounter();
    expect(countTokens('')).toBe(0);
    expect(countTokens('hello world again')).toBe(3);
    const small = { name: 'get_pet', description: 'Get a pet', inputSchema: { type: 'object', properties: { petId: { type: 'integer' } }, required: ['petId'] } };
    expect(estimateToolTokens([small], { countTokens }).total).toBe(41);
  });

  // Keeps core's fast estimate honest: its doc comment promises each spec's total within ~8.5 % of the exact count.
  it.each(['billing.yaml', 'petstore3.yaml', 'stripe-2023-09-12.yaml'])('core\'s fast estimate of %s is within a tenth of the exact count', async (spec) => {
    const countTokens = await loadO200kTokenCounter();
    const server = await loadApiServer({ name: 'api', spec: fixtureSpecPath(spec), baseUrl: 'http://127.0.0.1:1' });
    const exact = estimateToolTokens(server.tools, { countTokens }).total;
    const estimate = estimateToolTokens(server.tools).total;
    expect(Math.abs(estimate / exact - 1)).toBeLessThan(0.1);
    const descriptions = server.tools.map((tool) => tool.description).join('\n');
    expect(Math.abs(estimateTextTokens(descriptions) / countTokens(descriptions) - 1)).toBeLessThan(0.1);
  });
});
