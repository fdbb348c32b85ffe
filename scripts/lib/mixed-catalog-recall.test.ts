import { loadApiServer } from '@apiwire/core';
import { billingSpecPath, librarySpecPath } from '@apiwire/fixtures';
import { describe, expect, it } from 'vitest';
import { mixedCatalogRecall, mixedCatalogSection } from './mixed-catalog-recall';

describe('mixedCatalogRecall', () => {
  it("counts only the request's own API's operations as answers, alone, mixed and with the API named", async () => {
    const billing = await loadApiServer({ name: 'billing', spec: billingSpecPath, baseUrl: 'http://127.0.0.1:9' });
    const library = await loadApiServer({ name: 'library', spec: librarySpecPath, baseUrl: 'http://127.0.0.1:9' });
    const rows = mixedCatalogRecall([
      { server: billing, requests: [{ id: 'b-1', half: 'dev', query: 'refund a payment', gold: ['POST /refunds'] }] },
      // the gold names an operation of billing's; in the library's own requests it is no answer
      { server: library, requests: [{ id: 'l-1', half: 'dev', query: 'list the books', gold: ['GET /books'] }, { id: 'l-2', half: 'test', query: 'refund a payment', gold: ['POST /refunds'] }] },
    ]);
    expect(rows.map((row) => row.api)).toEqual(['billing', 'library']);
    expect(rows[0].apiwire).toEqual({ alone: 1, mixed: 1, named: 1 });
    expect(rows[1].apiwire).toEqual({ alone: 0.5, mixed: 0.5, named: 0.5 });
    expect(rows[1].tools).toBe(library.tools.length);
    const section = mixedCatalogSection(rows);
    expect(section[0]).toContain(`(billing, library: ${billing.tools.length + library.tools.length} tools)`);
    const plainMean = (key: 'alone' | 'mixed' | 'named') => ((rows[0].plain[key] + rows[1].plain[key]) / 2).toFixed(2);
    expect(section.at(-1)).toBe(`| mean | 0.75 | 0.75 | 0.75 | ${plainMean('alone')} | ${plainMean('mixed')} | ${plainMean('named')} |`);
    expect(mixedCatalogSection(rows.slice(0, 1))[0]).toMatch(/skipped/);
  });
});
