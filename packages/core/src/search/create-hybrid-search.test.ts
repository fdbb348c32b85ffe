import { beforeAll, describe, expect, it } from 'vitest';
import { billingSpecPath, conceptVector } from '@apiwire/fixtures';
import type { ApiServer, SearchWarning, ToolEmbeddings } from '../index';
import { createToolCatalog, loadApiServer } from '../index';

let billing: ApiServer;

beforeAll(async () => {
  billing = await loadApiServer({ name: 'billing', spec: billingSpecPath, baseUrl: 'http://127.0.0.1:9' });
});

/** A deterministic embedding model that records what it was asked; `failing` makes every call reject. */
function conceptEmbeddings(options: { cache?: Map<string, number[]>; failing?: { documents: boolean; query: boolean } } = {}) {
  const calls = { documents: [] as string[][], queries: [] as string[] };
  const warnings: SearchWarning[] = [];
  const embeddings: ToolEmbeddings = {
    model: 'concepts-v1',
    async embedDocuments(texts) {
      calls.documents.push(texts);
      if (options.failing?.documents) throw new Error('embedding service unavailable');
      return texts.map(conceptVector);
    },
    async embedQuery(text) {
      calls.queries.push(text);
      if (options.failing?.query) throw new Error('embedding service unavailable');
      return conceptVector(text);
    },
    cache: options.cache,
    onWarning: (warning) => warnings.push(warning),
  };
  return { embeddings, calls, warnings };
}

const names = (matches: Array<{ descriptor: { name: string } }>) => matches.map((match) => match.descriptor.name);

describe('hybrid search (catalog with embeddings)', () => {
  it('embeds nothing before the first search, then every tool once per catalog', async () => {
    const { embeddings, calls } = conceptEmbeddings();
    const catalog = createToolCatalog([billing], { embeddings });
    catalog.rank('refund a payment');
    expect(calls).toEqual({ documents: [], queries: [] });
    await catalog.search('refund a payment');
    await catalog.search('delete a customer');
    expect(calls.documents).toHaveLength(1);
    expect(calls.documents[0]).toHaveLength(billing.tools.length);
    expect(calls.queries).toEqual(['refund a payment', 'delete a customer']);
    expect(createToolCatalog([billing], { embeddings })).toBe(catalog);
  });

  it('finds by meaning what words alone miss, and keeps what both agree on first', async () => {
    const { embeddings } = conceptEmbeddings();
    const catalog = createToolCatalog([billing], { embeddings });
    const query = 'recoup my money please';
    expect(names(catalog.rank(query, { limit: 5 })).some((name) => name.includes('refund'))).toBe(false);
    const [best] = await catalog.search(query, { limit: 5 });
    expect(best.descriptor.name).toMatch(/refund/);
    expect(best.similarity).toBeGreaterThan(0.5);
    expect(best.coverage).toBeUndefined();
    const agreed = await catalog.search('delete a customer', { limit: 3 });
    expect(agreed[0].descriptor.name).toBe('billing_delete_customer');
    expect(agreed[0].coverage).toBe(1);
    const among = await catalog.search(query, { among: ['billing_list_invoices', 'billing_get_refund'] });
    expect(names(among)).toEqual(['billing_get_refund', 'billing_list_invoices']);
  });

  it('weighs the vector ranking by what the words missed: all found keeps the lexical order, vectors add below', async () => {
    const { embeddings } = conceptEmbeddings();
    const catalog = createToolCatalog([billing], { embeddings });
    const query = 'delete a customer';
    const lexical = catalog.rank(query, { limit: 50 });
    expect(lexical[0].coverage).toBe(1);
    const fused = await catalog.search(query, { limit: 50 });
    expect(fused.length).toBeGreaterThan(lexical.length);
    expect(names(fused.slice(0, lexical.length))).toEqual(names(lexical));
  });

  it('finds a tool alone by its exact name or operationId, as the words alone do, without embedding the query', async () => {
    const { embeddings, calls } = conceptEmbeddings();
    const catalog = createToolCatalog([billing], { embeddings });
    for (const tool of billing.tools) {
      for (const query of [tool.name, tool.operation.operationId ?? tool.name]) {
        const found = await catalog.search(query, { limit: 3 });
        expect(found.map((match) => [match.descriptor.name, match.coverage]), query).toEqual([[tool.name, 1]]);
      }
    }
    expect(calls).toEqual({ documents: [], queries: [] });
  });

  it('keeps vectors in the pluggable cache by content hash, so another catalog embeds nothing', async () => {
    const cache = new Map<string, number[]>();
    const first = conceptEmbeddings({ cache });
    await createToolCatalog([...billing.tools], { embeddings: first.embeddings }).search('refund');
    expect(cache.size).toBe(billing.tools.length);
    for (const key of cache.keys()) expect(key).toMatch(/^[0-9a-f]{64}$/);
    const second = conceptEmbeddings({ cache });
    const matches = await createToolCatalog([...billing.tools], { embeddings: second.embeddings }).search('recoup my money please');
    expect(second.calls.documents).toEqual([]);
    expect(matches[0].descriptor.name).toMatch(/refund/);
    const otherModel = conceptEmbeddings({ cache });
    await createToolCatalog([...billing.tools], { embeddings: { ...otherModel.embeddings, model: 'concepts-v2' } }).search('refund');
    expect(otherModel.calls.documents[0]).toHaveLength(billing.tools.length);
  });

  it('falls back to the lexical ranking with a warning when embedding fails, and tries again on the next search', async () => {
    const failing = { documents: true, query: false };
    const { embeddings, calls, warnings } = conceptEmbeddings({ failing });
    const catalog = createToolCatalog([billing], { embeddings });
    const matches = await catalog.search('delete a customer', { limit: 4 });
    expect(names(matches)).toEqual(names(catalog.rank('delete a customer', { limit: 4 })));
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toContain('embedding service unavailable');
    failing.documents = false;
    const [best] = await catalog.search('recoup my money please');
    expect(best.descriptor.name).toMatch(/refund/);
    expect(calls.documents).toHaveLength(2);
    expect(warnings).toHaveLength(1);
    failing.query = true;
    expect(names(await catalog.search('delete a customer', { limit: 4 }))).toEqual(names(matches));
    expect(warnings).toHaveLength(2);
    expect(calls.documents).toHaveLength(2);
  });
});
