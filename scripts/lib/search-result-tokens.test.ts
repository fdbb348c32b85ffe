import { loadApiServer } from '@apiwire/core';
import { billingSpecPath } from '@apiwire/fixtures';
import { describe, expect, it } from 'vitest';
import { searchResultTokens } from './search-result-tokens';

describe('searchResultTokens', () => {
  it('measures the mean result of a search with and without the input schemas', async () => {
    const billing = await loadApiServer({ name: 'billing', spec: billingSpecPath, baseUrl: 'http://127.0.0.1:9' });
    const queries = ['refund a payment', 'list invoices'];
    const seen: string[] = [];
    const { withSchemas, withoutSchemas } = await searchResultTokens({ server: billing, queries, countTokens: (text) => (seen.push(text), text.length) });
    expect(seen).toHaveLength(4);
    expect(seen.slice(0, 2).every((text) => text.includes('"inputSchema"'))).toBe(true);
    expect(seen.slice(2).some((text) => text.includes('"inputSchema"'))).toBe(false);
    expect(withSchemas).toBe((seen[0].length + seen[1].length) / 2);
    expect(withoutSchemas).toBe((seen[2].length + seen[3].length) / 2);
    expect(withoutSchemas).toBeLessThan(withSchemas);
  });
});
