import { beforeAll, describe, expect, it } from 'vitest';
import { billingSpecPath } from '@apiwire/fixtures';
import type { ApiServer, ToolCatalog } from '../index';
import { createToolCatalog, loadApiServer } from '../index';
import { loadPaths } from '../../test/load-paths';
import { createSearchIndex } from './create-search-index';

let catalog: ToolCatalog;
let billingTools: ApiServer['tools'];
const ok = { '200': { description: 'ok' } };
const top = (query: string, limit = 1) => catalog.rank(query, { limit }).map((match) => match.descriptor.name);
/** The tools of a minimal API of `paths`, ranked for `query` by a fresh index: each hit's name and coverage. */
const rankPaths = async (options: { name: string; paths: Record<string, unknown>; query: string; limit: number }) => {
  const server = await loadPaths({ name: options.name, paths: options.paths });
  return createSearchIndex(server.tools)
    .rank({ query: options.query, limit: options.limit })
    .map((hit) => ({ name: server.tools[hit.index].name, coverage: hit.coverage }));
};

beforeAll(async () => {
  const billing = await loadApiServer({ name: 'billing', spec: billingSpecPath, baseUrl: 'http://127.0.0.1:9' });
  catalog = createToolCatalog([billing]);
  billingTools = billing.tools;
});

describe('built-in ranking (billing spec)', () => {
  it('maps everyday CRUD verbs onto operations', () => {
    expect(top('remove a customer')).toEqual(['billing_delete_customer']);
    expect(top('show me invoice in_42')).toEqual(['billing_get_invoice']);
    expect(top('all invoices')).toEqual(['billing_list_invoices']);
    expect(top('create a new customer')).toEqual(['billing_create_customer']);
    // "Add a payment method to a customer" matches the rare word "add" literally; the verb family still lifts creation
    expect(top('add a new customer', 3)).toContain('billing_create_customer');
    expect(top('edit the customer address')).toEqual(['billing_update_customer']);
    expect(top('give money back for a payment')).not.toEqual([]);
    expect(top('refund a payment')).toEqual(['billing_create_refund']);
  });

  it('finds words in paths, tags, descriptions and parameters, stemmed', () => {
    expect(top('capture payments')).toEqual(['billing_capture_payment']);
    expect(top('revenue reports')).toEqual(['billing_get_revenue_report']);
    // Porter2 folds "attachments" onto "attach", so the listing needs its action word to beat "Attach a file to an invoice"
    expect(top('all attachments of an invoice')).toEqual(['billing_list_invoice_attachments']);
    expect(top('attach a PDF to an invoice')).toEqual(['billing_attach_invoice_file']);
  });

  it("finds a request's everyday words as the API's own terms, and counts them as covered", () => {
    // the billing spec never says "client", "buyer", "money back" or "earnings"
    expect(top('remove a client')).toEqual(['billing_delete_customer']);
    expect(top('give the buyer their money back')).toEqual(['billing_create_refund']);
    expect(top('earnings report')).toEqual(['billing_get_revenue_report']);
    const [best] = createSearchIndex(billingTools).rank({ query: 'remove a client', limit: 1 });
    expect(best.coverage).toBe(1);
    expect(createSearchIndex(billingTools).rank({ query: 'remove a zebra', limit: 1 })).toEqual([]);
  });

  it('puts the text-search operation first when the query names a value', () => {
    expect(top('get the customer "Ada Lovelace"', 2)).toContain('billing_search_customers');
  });

  it('is deterministic and returns nothing for unknown words', () => {
    const first = catalog.rank('invoice', { limit: 30 });
    expect(catalog.rank('invoice', { limit: 30 })).toEqual(first);
    expect(first.map((match) => match.score)).toEqual([...first.map((match) => match.score)].sort((a, b) => b - a));
    expect(top('zebra')).toEqual([]);
    expect(top('')).toEqual([]);
    expect(top('   ?!')).toEqual([]);
  });
});

describe('built-in ranking (a request for a change)', () => {
  it('puts the tool that makes the change asked for above a read that matches the words better', async () => {
    const id = [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }];
    const ranked = await rankPaths({
      name: 'hooks',
      paths: {
        '/hooks/{id}': {
          get: { operationId: 'getHook', summary: 'Get a webhook', description: 'The webhook and its secret.', parameters: id, responses: ok },
          delete: { operationId: 'removeHook', summary: 'Remove a webhook', parameters: id, responses: ok },
        },
        '/hooks': { get: { operationId: 'listHooks', summary: 'List webhooks', responses: ok }, post: { operationId: 'createHook', summary: 'Create a webhook', responses: ok } },
        '/deliveries': { get: { operationId: 'listDeliveries', summary: 'List deliveries', responses: ok } },
      },
      query: 'remove the webhook and its last delivery',
      limit: 1,
    });
    // a read of deliveries scores higher on words; it keeps 0.8 of its score, as it removes nothing
    expect(ranked.map((hit) => hit.name)).toEqual(['hooks_remove_hook']);
  });
});

describe('built-in ranking (deprecated operations)', () => {
  it('puts the current operation above a deprecated one that matches as well', async () => {
    const ranked = await rankPaths({
      name: 'cards',
      paths: {
        '/v1/cards': { get: { operationId: 'listCardsV1', summary: 'List saved cards', deprecated: true, responses: ok } },
        '/v2/cards': { get: { operationId: 'listCardsV2', summary: 'List saved cards', responses: ok } },
      },
      query: 'saved cards',
      limit: 2,
    });
    // otherwise a tie, which keeps the spec's order
    expect(ranked.map((hit) => hit.name)).toEqual(['cards_list_cards_v2', 'cards_list_cards_v1']);
  });
});

describe('built-in ranking (a feature described instead of named)', () => {
  it("finds a product's name for a feature from how people describe it (feature-synonym-groups.ts)", async () => {
    const ranked = await rankPaths({
      name: 'payroll',
      paths: {
        '/payslips/{id}/gross-pay': { get: { operationId: 'getGrossPay', summary: 'Get the gross pay of a payslip', responses: ok } },
        '/payslips/{id}/tax': { get: { operationId: 'getTax', summary: 'Get the tax withheld on a payslip', responses: ok } },
        '/payslips/{id}/net-pay': { get: { operationId: 'getNetPay', summary: 'Get the net pay of a payslip', responses: ok } },
      },
      query: 'what is my take home pay this month',
      limit: 1,
    });
    // "pay" alone ties net and gross pay, and a tie keeps the spec's order; only the table knows take-home pay is net pay
    expect(ranked.map((hit) => hit.name)).toEqual(['payroll_get_net_pay']);
  });
});

describe('built-in ranking (a file named, not the word file)', () => {
  it("reads a file's name as a file: the file download beats the operation that only shares the name's word", async () => {
    const ranked = await rankPaths({
      name: 'drive',
      paths: {
        '/contracts/{id}': { get: { operationId: 'getContract', summary: 'Get a signed contract', responses: ok } },
        '/files/{id}/content': { get: { operationId: 'downloadFile', summary: 'Download a file', responses: ok } },
      },
      query: 'download contract.docx',
      limit: 2,
    });
    // without the file rule "download" is only an action word, which adds to nothing else matched: the contract wins alone
    expect(ranked.map((hit) => hit.name)).toEqual(['drive_download_file', 'drive_get_contract']);
    // the file is what the request is about: the download covers it, the contract (a named value's word) does not
    expect(ranked.map((hit) => hit.coverage)).toEqual([1, 0]);
  });
});

describe('built-in ranking (a request with no word to cover)', () => {
  it('gives no coverage to judge by when a request is only an action and names', async () => {
    const ranked = await rankPaths({
      name: 'org',
      paths: {
        '/accounts/{id}/move': { post: { operationId: 'moveAccount', summary: 'Move an account to another unit', responses: ok } },
        '/accounts': { get: { operationId: 'listAccounts', summary: 'List accounts', responses: ok } },
      },
      query: 'move 111122223333 from Sandbox into Workloads',
      limit: 5,
    });
    expect(ranked.map((hit) => [hit.name, hit.coverage])).toEqual([['org_move_account', undefined]]);
  });
});

describe('built-in ranking (a cloud vendor\'s name for a thing)', () => {
  it("finds a cloud platform's term from another vendor's name or a description (cloud-infrastructure-synonym-groups.ts)", async () => {
    const ranked = await rankPaths({
      name: 'edge',
      paths: {
        '/url-maps/{id}/invalidate-cache': { post: { operationId: 'invalidateCache', summary: 'Invalidate the cache of a URL map', responses: ok } },
        '/backends/{id}': { delete: { operationId: 'deleteBackend', summary: 'Delete a backend service', responses: ok } },
        '/certificates/{id}': { delete: { operationId: 'deleteCertificate', summary: 'Delete a TLS certificate', responses: ok } },
      },
      query: 'purge the CDN so visitors get the new homepage',
      limit: 1,
    });
    // "purge" alone is a delete, which adds only to tools some other word matched: without the table nothing is found
    expect(ranked.map((hit) => hit.name)).toEqual(['edge_invalidate_cache']);
  });
});

describe('built-in ranking (public data in an agency\'s words)', () => {
  it("finds an agency's term from the everyday words for it (public-data-synonym-groups.ts)", async () => {
    const ranked = await rankPaths({
      name: 'water',
      paths: {
        '/sites/{id}': { get: { operationId: 'getSite', summary: 'Get a monitoring site', responses: ok } },
        '/sites/{id}/stage': { get: { operationId: 'getStageHeight', summary: 'Get the stage height at a site', responses: ok } },
      },
      query: 'river level at the Leeds site',
      limit: 1,
    });
    // "site" alone ties the two and a tie keeps the spec's order: only the table knows a river level is a stage height
    expect(ranked.map((hit) => hit.name)).toEqual(['water_get_stage_height']);
  });
});
