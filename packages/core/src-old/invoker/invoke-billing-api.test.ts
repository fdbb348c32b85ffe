import { loadApiServer, type ApiServer, type ToolResult } from '../index';
import { billingSpecPath, startBillingServer, type FixtureServer } from '@apiwire/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const token = 'billing-live-token-9f8e7d';
let billing: FixtureServer;
let api: ApiServer;
const results: ToolResult[] = [];

const call = async (name: string, input: unknown) => {
  const tool = api.tool(name);
  if (!tool) throw new Error(`no tool ${name}`);
  const result = await tool.invoke(input);
  results.push(result);
  return result;
};
const last = () => billing.requests[billing.requests.length - 1];

beforeAll(async () => {
  billing = await startBillingServer({ token });
  api = await loadApiServer({
    name: 'billing',
    spec: billingSpecPath,
    baseUrl: billing.url,
    auth: { schemes: { bearerAuth: { credential: 'billing' } }, resolveCredential: async () => token },
  });
});
afterAll(() => billing.close());

describe('the billing API end to end (loadApiServer + invoke + the fixture server)', () => {
  it('lists with query parameters and authenticates with the bearer scheme', async () => {
    const result = await call('billing_list_customers', { limit: 2 });
    expect(result).toMatchObject({ ok: true, status: 200, data: { has_more: true } });
    expect(result.ok && (result.data as { data: unknown[] }).data.length).toBe(2);
    expect(last().url).toBe('/v1/customers?limit=2');
    expect(last().headers.authorization).toBe(`Bearer ${token}`);
    expect(result.request).toEqual({ method: 'GET', url: `${billing.url}/customers?limit=2` });
  });

  it('serialises form explode arrays and deepObject filters', async () => {
    const result = await call('billing_list_invoices', {
      status: ['open', 'paid'],
      created: { gte: '2026-01-01T00:00:00Z' },
      limit: 5,
    });
    expect(result.ok).toBe(true);
    expect(decodeURIComponent(last().url)).toBe('/v1/invoices?status=open&status=paid&created[gte]=2026-01-01T00:00:00Z&limit=5');
  });

  it('sends a form-urlencoded body with bracketed nested fields', async () => {
    const result = await call('billing_create_payment', {
      amount: 1250,
      currency: 'eur',
      customer: 'cus_2',
      metadata: { order_id: '42' },
      billing_details: { name: 'Globex', address: { line1: '1 Main St', country: 'DE', city: 'Berlin' } },
      'Idempotency-Key': '0b7c1d1e-8f5a-4c1b-9d7e-2f3a4b5c6d7e',
    });
    expect(result).toMatchObject({ ok: true, status: 201, data: { amount: 1250, currency: 'eur', customer: 'cus_2' } });
    expect(last().headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(last().headers['idempotency-key']).toBe('0b7c1d1e-8f5a-4c1b-9d7e-2f3a4b5c6d7e');
    const pairs = [...new URLSearchParams(last().body)];
    expect(pairs).toContainEqual(['metadata[order_id]', '42']);
    expect(pairs).toContainEqual(['billing_details[address][city]', 'Berlin']);
  });

  it('uploads a multipart file given as a data URL', async () => {
    const created = await call('billing_create_invoice', { customer_id: 'cus_1', currency: 'usd', line_items: [{ description: 'Work', quantity: 1, unit_amount: 1000, sub_items: [{ description: 'Part', quantity: 2, unit_amount: 0 }] }] });
    expect(created, JSON.stringify(created)).toMatchObject({ ok: true, status: 201 });
    const invoiceId = (created.ok && (created.data as { id: string }).id) as string;
    const pdf = Buffer.from('%PDF-1.4\n% tiny test file\n').toString('base64');
    const result = await call('billing_attach_invoice_file', { invoiceId, file: `data:application/pdf;base64,${pdf}`, description: 'PO' });
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true, status: 201 });
    expect(last().headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(last().body).toContain('Content-Type: application/pdf');
  });

  it('uploads a file given as { base64, filename, contentType }, as the input schema describes', async () => {
    const tool = api.tool('billing_attach_invoice_file')!;
    const file = (tool.inputSchema.properties as Record<string, { anyOf?: unknown[]; description?: string }>).file;
    expect(file.description).toMatch(/base64/);
    expect(file.anyOf).toHaveLength(2);
    const pdf = Buffer.from('%PDF-1.4\n% second test file\n').toString('base64');
    const result = await call('billing_attach_invoice_file', {
      invoiceId: 'in_1',
      file: { base64: pdf, filename: 'order.pdf', contentType: 'application/pdf' },
      description: 'PO',
    });
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true, status: 201 });
    expect(last().body).toContain('filename="order.pdf"');
    expect(last().body).toContain('% second test file');
    const wrong = await tool.invoke({ invoiceId: 'in_1', file: { filename: 'no-content.pdf' } });
    expect(wrong).toMatchObject({ ok: false, error: { kind: 'invalid_input' } });
  });

  it('returns text/csv as a string', async () => {
    const result = await call('billing_export_invoices', { status: ['draft'] });
    expect(result).toMatchObject({ ok: true, status: 200 });
    expect(typeof (result.ok && result.data)).toBe('string');
  });

  it('returns a 404 as http_error with the parsed body', async () => {
    const result = await call('billing_get_customer', { id: 'cus_missing' });
    expect(result).toMatchObject({ ok: false, status: 404, error: { kind: 'http_error' } });
  });

  it('returns invalid input naming the field, and sends nothing', async () => {
    const before = billing.requests.length;
    const result = await call('billing_create_payment', { amount: 1250, currency: 'eur' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid_input', message: 'customer: required', issues: [{ path: 'customer', message: 'required' }] } });
    expect(billing.requests.length).toBe(before);
    const invented = await call('billing_get_customer', { id: 'cus_1', Authorization: 'Bearer mine' });
    expect(invented).toMatchObject({ ok: false, error: { kind: 'invalid_input', issues: [{ path: 'Authorization' }] } });
    expect(billing.requests.length).toBe(before);
  });

  it('sends no credentials to an operation whose security is []', async () => {
    const result = await call('billing_get_health', {});
    expect(result.ok).toBe(true);
    expect(last().headers.authorization).toBeUndefined();
  });

  it('never puts the token in any result', () => {
    expect(results.length).toBeGreaterThan(8);
    for (const result of results) expect(JSON.stringify(result)).not.toContain(token);
  });
});
