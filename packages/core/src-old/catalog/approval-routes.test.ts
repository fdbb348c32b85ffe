import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { billingSpecPath, startBillingServer, type FixtureServer } from '@apiwire/fixtures';
import type { ApiServer, ApprovalRequest } from '../index';
import { createCallTool, createSearchTool, createToolCatalog, loadApiServer } from '../index';

// Every route to an approval-gated operation, with the real loader and the real billing server.
let fixture: FixtureServer;
let billing: ApiServer;
const refundInput = { payment_id: 'pay_1', amount: 100 };
const refundsSent = () => fixture.requests.filter((request) => request.method === 'POST' && request.path === '/refunds');

beforeAll(async () => {
  fixture = await startBillingServer();
  billing = await loadApiServer({
    name: 'billing',
    spec: billingSpecPath,
    baseUrl: fixture.url,
    operations: { requireApproval: 'mutating', defer: 'tag:refunds' },
  });
});
afterAll(() => fixture.close());
beforeEach(() => fixture.reset());

describe('the approval gate on every route', () => {
  it('flags and defers what the policies say', () => {
    const refund = billing.tool('billing.create_refund');
    expect(refund).toMatchObject({ requiresApproval: true, deferred: true });
    expect(billing.tool('billing_list_refunds')).toMatchObject({ requiresApproval: false, deferred: true });
    expect(billing.tool('billing_get_invoice')).toMatchObject({ requiresApproval: false, deferred: false });
  });

  it('sends nothing without a decision: direct invoke, catalog get, call_tool', async () => {
    const catalog = createToolCatalog([billing]);
    const search = createSearchTool(catalog);
    const call = createCallTool(catalog);
    const found = await search.execute({ query: 'refund a payment' }, { revealed: [] });
    expect(found.revealed).toContain('billing_create_refund');

    const direct = await billing.tool('billing_create_refund')!.invoke(refundInput);
    const viaGet = await catalog.get('billing.create_refund')!.invoke(refundInput);
    const viaCall = await call.execute({ name: 'billing_create_refund', arguments: refundInput }, { revealed: found.revealed });
    for (const result of [direct, viaGet, viaCall.result]) {
      expect(result).toMatchObject({
        ok: false,
        error: { kind: 'denied', message: 'billing_create_refund requires human approval and none was given; the request was not sent.' },
      });
    }
    expect(refundsSent()).toEqual([]);
  });

  it("an explicit framework denial wins over the hook's yes; an approval sends once", async () => {
    const hooked = await loadApiServer({
      name: 'billing',
      spec: billingSpecPath,
      baseUrl: fixture.url,
      operations: { requireApproval: 'mutating', defer: 'tag:refunds' },
      approve: () => true,
    });
    const call = createCallTool(createToolCatalog([hooked]));
    const denied = await call.execute(
      { name: 'billing_create_refund', arguments: refundInput },
      { revealed: ['billing_create_refund'], approval: { approved: false, reason: 'over budget' } },
    );
    expect(denied.result).toMatchObject({ ok: false, error: { kind: 'denied', message: 'billing_create_refund was not approved: over budget.' } });
    expect(refundsSent()).toEqual([]);

    const approved = await call.execute(
      { name: 'billing_create_refund', arguments: refundInput },
      { revealed: ['billing_create_refund'], approval: { approved: true } },
    );
    expect(approved.result).toMatchObject({ ok: true, status: 201, data: { payment_id: 'pay_1', amount: 100 } });
    expect(refundsSent()).toHaveLength(1);
  });

  it('asks the hook with the validated input and the masked request, and obeys its no', async () => {
    const asked: ApprovalRequest[] = [];
    const hooked = await loadApiServer({
      name: 'billing',
      spec: billingSpecPath,
      baseUrl: fixture.url,
      auth: { headers: { Authorization: 'Bearer very-secret-token' } },
      operations: { requireApproval: ['mutating'] },
      approve: (request) => {
        asked.push(request);
        return { approved: request.input.amount === 50, reason: 'only 50-cent refunds' };
      },
    });
    const refund = hooked.tool('billing_create_refund')!;
    const no = await refund.invoke(refundInput);
    expect(no).toMatchObject({ ok: false, error: { kind: 'denied', message: 'billing_create_refund was not approved: only 50-cent refunds.' } });
    expect(refundsSent()).toEqual([]);
    const invalid = await refund.invoke({ payment_id: 'pay_1', amount: 'lots' });
    expect(invalid).toMatchObject({ ok: false, error: { kind: 'invalid_input' } });
    expect(asked).toHaveLength(1);
    expect(asked[0].tool.name).toBe('billing_create_refund');
    expect(asked[0].input).toMatchObject(refundInput);
    expect(asked[0].request).toMatchObject({ method: 'POST', url: `${fixture.url}/refunds` });
    expect(JSON.stringify(asked[0].request)).not.toContain('very-secret-token');

    const yes = await refund.invoke({ payment_id: 'pay_1', amount: 50 });
    expect(yes).toMatchObject({ ok: true, status: 201 });
    expect(refundsSent()).toHaveLength(1);
  });

  it('reports an include selector that matches nothing as a server warning', async () => {
    const picked = await loadApiServer({
      name: 'billing',
      spec: billingSpecPath,
      baseUrl: fixture.url,
      operations: { include: ['tag:invoices', 'tag:invoicez'], exclude: 'DELETE /**' },
    });
    expect(picked.tools.every((tool) => tool.operation.tags.includes('invoices'))).toBe(true);
    expect(picked.tools.length).toBeGreaterThan(3);
    expect(picked.warnings.map((warning) => warning.message)).toContain(
      'operations.include: selector "tag:invoicez" matches no operation (a typo?)',
    );
  });
});
