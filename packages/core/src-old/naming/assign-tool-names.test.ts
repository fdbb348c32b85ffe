import { describe, expect, it } from 'vitest';
import { assignToolNames } from './assign-tool-names';
import { fitToolName } from './fit-tool-name';
import { operationBaseName } from './operation-base-name';
import { snakeCase } from './snake-case';

const providerSafe = /^[a-zA-Z0-9_-]{1,64}$/;

describe('tool naming', () => {
  it('snake-cases operationIds of every casing', () => {
    expect(snakeCase('createInvoice')).toBe('create_invoice');
    expect(snakeCase('repos/list-for-org')).toBe('repos_list_for_org');
    expect(snakeCase('GetHTTPServerURL')).toBe('get_http_server_url');
    expect(snakeCase('issues.list_for-repo')).toBe('issues_list_for_repo');
    expect(snakeCase('v1ListItems2')).toBe('v1_list_items2');
    expect(snakeCase('créerFacture')).toBe('creer_facture');
  });

  it('falls back to method and path without an operationId', () => {
    expect(operationBaseName({ method: 'GET', path: '/pets/{petId}' })).toBe('get_pets_by_pet_id');
    expect(operationBaseName({ method: 'DELETE', path: '/v1/customers/{customer}/sources/{id}' })).toBe(
      'delete_v1_customers_by_customer_sources_by_id',
    );
    expect(operationBaseName({ operationId: '---', method: 'POST', path: '/' })).toBe('post');
  });

  it('cuts names over 64 characters with a stable hash suffix', () => {
    const long = 'x'.repeat(50) + '_and_then_some_more_words_to_pass_the_limit';
    const cut = fitToolName({ name: long });
    expect(cut).toHaveLength(64);
    expect(cut).toMatch(providerSafe);
    expect(fitToolName({ name: long })).toBe(cut);
    const other = fitToolName({ name: `${long}_other` });
    expect(other).not.toBe(cut);
    expect(other.slice(0, 50)).toBe(cut.slice(0, 50));
  });

  it('prefixes the server, gives dotted ids and deterministic suffixes to collisions', () => {
    const operations = [
      { operationId: 'createInvoice', method: 'POST', path: '/invoices' },
      { operationId: 'create_invoice', method: 'POST', path: '/v2/invoices' },
      { operationId: 'CreateInvoice', method: 'PUT', path: '/invoices' },
      { method: 'GET', path: '/pets/{petId}' },
      { operationId: 'a'.repeat(80), method: 'GET', path: '/a' },
      { operationId: 'a'.repeat(80), method: 'GET', path: '/b' },
    ];
    const names = assignToolNames({ server: 'billing', operations });
    expect(names.slice(0, 4)).toEqual([
      { name: 'billing_create_invoice', id: 'billing.create_invoice' },
      { name: 'billing_create_invoice_2', id: 'billing.create_invoice_2' },
      { name: 'billing_create_invoice_3', id: 'billing.create_invoice_3' },
      { name: 'billing_get_pets_by_pet_id', id: 'billing.get_pets_by_pet_id' },
    ]);
    for (const { name } of names) expect(name).toMatch(providerSafe);
    expect(new Set(names.map((entry) => entry.name)).size).toBe(names.length);
    expect(names[4].name).not.toBe(names[5].name);
    expect(assignToolNames({ server: 'billing', operations })).toEqual(names);
  });

  it('keeps a server name that is already safe and fits an unsafe one', () => {
    expect(assignToolNames({ server: 'my api!', operations: [{ operationId: 'x', method: 'GET', path: '/' }] })[0]).toEqual({
      name: 'my_api_x',
      id: 'my_api.x',
    });
  });
});
