import { describe, expect, it } from 'vitest';
import { billingSpecPath } from '@apiwire/fixtures';
import { createToolCatalog, loadApiServer } from '../index';
import { readSynonymGroups } from './read-synonym-groups';

describe('readSynonymGroups', () => {
  it('trims and lower-cases words, drops repeats and groups of one word', () => {
    expect(readSynonymGroups([[' Ticket ', 'CASE', 'case'], ['alone'], ['SKU', 'article number']])).toEqual([
      ['ticket', 'case'],
      ['sku', 'article number'],
    ]);
    expect(readSynonymGroups(undefined)).toBeUndefined();
  });

  it('names the bad place of anything but arrays of non-empty strings', () => {
    expect(() => readSynonymGroups('ticket, case')).toThrow(/synonyms must be an array of groups/);
    expect(() => readSynonymGroups([['ticket'], 'case'])).toThrow(/synonyms\[1\] must be an array of words/);
    expect(() => readSynonymGroups([['ticket', 3]])).toThrow(/synonyms\[0\]\[1\] must be a non-empty string/);
    expect(() => readSynonymGroups([['ticket', ' ']])).toThrow(/synonyms\[0\]\[1\]/);
  });
});

describe('loadApiServer({ synonyms })', () => {
  it("lets the API's own jargon find its operations, in its catalog only", async () => {
    const plain = await loadApiServer({ name: 'billing', spec: billingSpecPath, baseUrl: 'http://127.0.0.1:9' });
    const own = await loadApiServer({ name: 'billing', spec: billingSpecPath, baseUrl: 'http://127.0.0.1:9', synonyms: [['patron', 'customer']] });
    const top = (server: typeof plain, query: string) => createToolCatalog([server]).rank(query, { limit: 1 }).map((match) => match.descriptor.name);
    expect(top(plain, 'remove a patron')).toEqual([]);
    expect(top(own, 'remove a patron')).toEqual(['billing_delete_customer']);
    expect(own.tools.every((tool) => tool.synonyms === own.tools[0].synonyms)).toBe(true);
  });

  it('rejects malformed synonyms before reading the spec', async () => {
    await expect(
      loadApiServer({ name: 'billing', spec: './does-not-exist.yaml', synonyms: [['patron', 7]] as unknown as string[][] }),
    ).rejects.toThrow(/synonyms\[0\]\[1\] must be a non-empty string/);
  });
});
