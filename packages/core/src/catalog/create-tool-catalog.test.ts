import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiServer, HttpMethod, ToolDescriptor, ToolResult } from '../index';
import { applyOperationPolicies } from '../policies/apply-operation-policies';
import { checkApproval } from '../approval/check-approval';
import {
  ToolNameClashError,
  createCallTool,
  createSearchTool,
  createToolCatalog,
  isToolCatalog,
} from '../index';

// Hand-built descriptors whose invoke runs the real approval gate and then a real request to a local server.
let server: Server;
let baseUrl: string;
const received: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    received.push(`${request.method} ${request.url}`);
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ path: request.url }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function tool(options: { server: string; operationId: string; method: HttpMethod; path: string; summary: string; tags?: string[] }): ToolDescriptor {
  const local = options.operationId.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
  const descriptor: ToolDescriptor = {
    name: `${options.server}_${local}`,
    id: `${options.server}.${local}`,
    server: options.server,
    description: options.summary,
    inputSchema: { type: 'object', properties: { id: { type: 'string' } } },
    get zodSchema(): never {
      throw new Error('not used');
    },
    operation: { operationId: options.operationId, method: options.method, path: options.path, summary: options.summary, tags: options.tags ?? [], deprecated: false },
    requiresApproval: false,
    deferred: false,
    async invoke(input, invokeOptions): Promise<ToolResult> {
      if (typeof input !== 'object' || input === null) {
        return { ok: false, error: { kind: 'invalid_input', message: 'input: expected an object' } };
      }
      const url = `${baseUrl}${options.path.replace(/\{[^}]*\}/, String((input as { id?: string }).id ?? ''))}`;
      const request = { method: options.method, url };
      const denied = await checkApproval({ tool: descriptor, input: input as Record<string, unknown>, request, approval: invokeOptions?.approval, approve: undefined });
      if (denied) return denied;
      const response = await fetch(url, { method: options.method, signal: invokeOptions?.signal });
      return { ok: true, status: response.status, data: await response.json(), contentType: 'application/json', request };
    },
  };
  return descriptor;
}

function apiServer(name: string, tools: ToolDescriptor[]): ApiServer {
  return { name, baseUrl: 'http://unused', info: { title: name, version: '1' }, tools, tool: (key) => tools.find((entry) => entry.name === key || entry.id === key), warnings: [] };
}

function billing(): ApiServer {
  const tools = [
    tool({ server: 'billing', operationId: 'listInvoices', method: 'GET', path: '/invoices', summary: 'List invoices', tags: ['invoices'] }),
    tool({ server: 'billing', operationId: 'getInvoice', method: 'GET', path: '/invoices/{invoiceId}', summary: 'Retrieve an invoice', tags: ['invoices'] }),
    tool({ server: 'billing', operationId: 'deleteInvoice', method: 'DELETE', path: '/invoices/{invoiceId}', summary: 'Delete a draft invoice', tags: ['invoices'] }),
    tool({ server: 'billing', operationId: 'refundPayment', method: 'POST', path: '/payments/{paymentId}/refunds', summary: 'Refund a payment', tags: ['payments'] }),
  ];
  const { tools: kept } = applyOperationPolicies({ tools, operations: { requireApproval: 'mutating', defer: ['tag:payments', 'deleteInvoice'] } });
  return apiServer('billing', kept);
}

function crm(): ApiServer {
  return apiServer('crm', [
    tool({ server: 'crm', operationId: 'listContacts', method: 'GET', path: '/contacts', summary: 'List contacts' }),
    tool({ server: 'crm', operationId: 'createContact', method: 'POST', path: '/contacts', summary: 'Create a contact' }),
  ]);
}

describe('createToolCatalog', () => {
  it('holds every tool of every server, split into visible and deferred, found by name or id', () => {
    const catalog = createToolCatalog([billing(), crm()]);
    expect(isToolCatalog(catalog)).toBe(true);
    expect(catalog.tools.map((entry) => entry.name)).toEqual([
      'billing_list_invoices',
      'billing_get_invoice',
      'billing_delete_invoice',
      'billing_refund_payment',
      'crm_list_contacts',
      'crm_create_contact',
    ]);
    expect(catalog.visible().map((entry) => entry.name)).toEqual(['billing_list_invoices', 'billing_get_invoice', 'crm_list_contacts', 'crm_create_contact']);
    expect(catalog.deferred().map((entry) => entry.name)).toEqual(['billing_delete_invoice', 'billing_refund_payment']);
    expect(catalog.get('crm.create_contact')?.name).toBe('crm_create_contact');
    expect(catalog.get('billing_get_invoice')?.id).toBe('billing.get_invoice');
    expect(catalog.get('nope')).toBeUndefined();
  });

  it('returns the same catalog for the same servers, and a catalog passed in as is', () => {
    const servers = [billing(), crm()];
    const first = createToolCatalog(servers);
    expect(createToolCatalog([...servers])).toBe(first);
    expect(createToolCatalog(first)).toBe(first);
    expect(createToolCatalog([servers[1], servers[0]])).not.toBe(first);
  });

  it('throws a ToolNameClashError naming both servers when names clash', () => {
    const clash = apiServer('billing_list', [tool({ server: 'billing_list', operationId: 'invoices', method: 'GET', path: '/x', summary: 'x' })]);
    let caught: unknown;
    try {
      createToolCatalog([billing(), clash]);
    } catch (error) {
      caught = error;
    }
    expect(ToolNameClashError.isInstance(caught)).toBe(true);
    expect((caught as ToolNameClashError).servers).toEqual(['billing', 'billing_list']);
    expect((caught as Error).message).toBe(
      'Tool "billing_list_invoices" of server "billing_list" clashes with tool "billing_list_invoices" of server "billing"; give one server another name.',
    );
  });

  it('ranks by meaning of the words, restricted to a subset on request', async () => {
    const catalog = createToolCatalog([billing(), crm()]);
    expect((await catalog.search('refund a payment'))[0].descriptor.name).toBe('billing_refund_payment');
    expect(catalog.rank('remove invoice', { limit: 1 })[0].descriptor.name).toBe('billing_delete_invoice');
    expect(catalog.rank('add a new contact', { limit: 1 })[0].descriptor.name).toBe('crm_create_contact');
    const among = catalog.rank('invoice', { among: ['billing_get_invoice', catalog.tools[4]] });
    expect(among.map((match) => match.descriptor.name)).toEqual(['billing_get_invoice']);
    expect(catalog.rank('zebra')).toEqual([]);
  });

  it('uses a plugged-in search, ignoring unknown names and duplicates', async () => {
    const catalog = createToolCatalog([crm()], {
      search: async ({ query, tools }) => (query === 'people' ? ['nope', 'crm.list_contacts', 'crm_list_contacts', tools[1].name] : []),
    });
    const matches = await catalog.search('people');
    expect(matches.map((match) => match.descriptor.name)).toEqual(['crm_list_contacts', 'crm_create_contact']);
    expect(matches[0].score).toBeGreaterThan(matches[1].score);
  });
});

describe('meta-tools', () => {
  it('search_tools finds deferred tools, returns their schemas and reveals them without storing state', async () => {
    const catalog = createToolCatalog([billing(), crm()]);
    const search = createSearchTool(catalog);
    const output = await search.execute({ query: 'refund the payment' }, { revealed: ['crm_list_contacts'] });
    expect(output.result).toMatchObject({ tools: [{ name: 'billing_refund_payment', description: 'Refund a payment' }] });
    expect((output.result as { tools: Array<{ inputSchema: unknown }> }).tools[0].inputSchema).toEqual({ type: 'object', properties: { id: { type: 'string' } } });
    expect(output.revealed).toEqual(['crm_list_contacts', 'billing_refund_payment']);
    const onlyDeferred = await search.execute({ query: 'list invoices' }, { revealed: [] });
    expect((onlyDeferred.result as { tools: Array<{ name: string }> }).tools.map((found) => found.name)).toEqual(['billing_delete_invoice']);
    const nothing = await search.execute({ query: 'zebra crossing' }, { revealed: [] });
    expect(nothing).toEqual({
      result: { tools: [], note: expect.stringContaining('Nothing matched "zebra crossing" well. Search again naming the resource and the action') },
      revealed: [],
    });
    // one rare word of four found: the weak match is not revealed
    const weak = await search.execute({ query: 'zebra crossing giraffe invoice' }, { revealed: [] });
    expect(weak).toEqual({ result: { tools: [], note: expect.stringContaining('Nothing matched') }, revealed: [] });
    const bad = await search.execute({ query: 3 }, { revealed: [] });
    expect(bad.result).toMatchObject({ ok: false, error: { kind: 'invalid_input' } });
  });

  it('call_tool calls deferred tools only after they were revealed', async () => {
    const catalog = createToolCatalog([billing(), crm()]);
    const call = createCallTool(catalog);
    received.length = 0;
    const hidden = await call.execute({ name: 'billing_delete_invoice', arguments: { id: 'in_1' } }, { revealed: [] });
    expect(hidden.result).toMatchObject({ ok: false, error: { kind: 'invalid_input', message: 'Tool "billing_delete_invoice" is not available yet. Find it with search_tools first (query "billing_delete_invoice").' } });
    // the query the refusal suggests finds the tool, and the search reveals it
    const search = await createSearchTool(catalog).execute({ query: 'billing_delete_invoice' }, { revealed: [] });
    expect(search.revealed).toEqual(['billing_delete_invoice']);
    const unknown = await call.execute({ name: 'billing_nope' }, { revealed: [] });
    expect(unknown.result).toMatchObject({ ok: false, error: { kind: 'invalid_input' } });
    const visible = await call.execute({ name: 'billing.get_invoice', arguments: { id: 'in_7' } }, { revealed: [] });
    expect(visible.result).toMatchObject({ ok: true, status: 200, data: { path: '/invoices/in_7' } });
    expect(received).toEqual(['GET /invoices/in_7']);
    const asText = await call.execute({ name: 'billing_get_invoice', arguments: '{"id":"in_8"}' }, { revealed: [] });
    expect(asText.result).toMatchObject({ ok: true, data: { path: '/invoices/in_8' } });
    const badText = await call.execute({ name: 'billing_get_invoice', arguments: 'in_9' }, { revealed: [] });
    expect(badText.result).toMatchObject({ ok: false, error: { kind: 'invalid_input', issues: [{ path: 'arguments' }] } });
    expect(received).toEqual(['GET /invoices/in_7', 'GET /invoices/in_8']);
  });

  it('every route to an approval-gated tool passes the gate: direct, call_tool, catalog get', async () => {
    const catalog = createToolCatalog([billing(), crm()]);
    const call = createCallTool(catalog);
    expect(call.requiresApproval({ name: 'billing_refund_payment' })).toBe(true);
    expect(call.requiresApproval({ name: 'billing_list_invoices' })).toBe(false);
    received.length = 0;
    const direct = await billing().tool('billing_refund_payment')!.invoke({ id: 'pay_1' });
    const viaGet = await catalog.get('billing.refund_payment')!.invoke({ id: 'pay_1' });
    const viaCall = await call.execute({ name: 'billing_refund_payment', arguments: { id: 'pay_1' } }, { revealed: ['billing_refund_payment'] });
    const rejected = await call.execute({ name: 'billing_refund_payment', arguments: { id: 'pay_1' } }, { revealed: ['billing_refund_payment'], approval: { approved: false, reason: 'no' } });
    for (const result of [direct, viaGet, viaCall.result, rejected.result]) {
      expect(result).toMatchObject({ ok: false, error: { kind: 'denied' } });
    }
    expect(received).toEqual([]);
    const approved = await call.execute({ name: 'billing_refund_payment', arguments: { id: 'pay_1' } }, { revealed: ['billing_refund_payment'], approval: { approved: true } });
    expect(approved.result).toMatchObject({ ok: true, status: 200 });
    expect(received).toEqual(['POST /payments/pay_1/refunds']);
  });
});
