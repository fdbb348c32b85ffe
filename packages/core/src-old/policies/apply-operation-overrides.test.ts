import { billingSpecPath, fixtureSpecPath, startBillingServer, type FixtureServer } from '@apiwire/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadApiServer, SelectorError } from '../index';

const token = 'bind-test-token';
let billing: FixtureServer;
beforeAll(async () => {
  billing = await startBillingServer({ token });
});
afterAll(() => billing.close());

const load = (operations: Parameters<typeof loadApiServer>[0]['operations']) =>
  loadApiServer({ name: 'billing', spec: billingSpecPath, baseUrl: billing.url, auth: { headers: { Authorization: `Bearer ${token}` } }, operations });

describe('operations.bind', () => {
  it('takes a bound property out of the schema, refuses input that sets it, and sends the bound value', async () => {
    const api = await load({ bind: { 'billing.create_pay*': { customer: 'cus_2', currency: 'eur' } } });
    const tool = api.tool('billing_create_payment')!;
    expect(Object.keys(tool.inputSchema.properties!)).not.toContain('customer');
    expect(Object.keys(tool.inputSchema.properties!)).not.toContain('currency');
    expect(tool.inputSchema.required ?? []).not.toContain('customer');
    expect(tool.zodSchema.safeParse({ amount: 1250 }).success).toBe(true);
    expect(api.warnings).toEqual([]);

    billing.reset();
    const sent = await tool.invoke({ amount: 1250 });
    expect(sent).toMatchObject({ ok: true, status: 201, data: { customer: 'cus_2', currency: 'eur', amount: 1250 } });
    expect(billing.requests).toHaveLength(1);
    expect(new URLSearchParams(billing.requests[0].body).get('customer')).toBe('cus_2');

    billing.reset();
    const refused = await tool.invoke({ amount: 1250, customer: 'cus_3' });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'invalid_input', issues: [{ path: 'customer', message: expect.stringContaining('fixed by the application') }] } });
    expect(billing.requests).toHaveLength(0);
    // Other tools keep their customer parameter.
    expect(Object.keys(api.tool('billing_list_payments')!.inputSchema.properties!)).toContain('customer');
  });

  it("holds every GitHub repos_* tool to one owner (GitHub 2022)", async () => {
    const urls: string[] = [];
    const github = await loadApiServer({
      name: 'github',
      spec: fixtureSpecPath('github-2022-07.json'),
      operations: { bind: { 'github.repos_*': { owner: 'acme' } } },
      fetch: async (input) => {
        urls.push(String(input instanceof Request ? input.url : input));
        return Response.json({ name: 'widgets' });
      },
    });
    const repos = github.tools.filter((tool) => tool.id.startsWith('github.repos_'));
    const withOwner = repos.filter((tool) => JSON.stringify(tool.inputSchema.required ?? []).includes('"owner"'));
    expect(repos.length).toBeGreaterThan(150);
    expect(withOwner).toEqual([]);
    expect(repos.filter((tool) => 'owner' in (tool.inputSchema.properties ?? {}))).toEqual([]);
    expect(Object.keys(github.tool('github.issues_get')!.inputSchema.properties!)).toContain('owner');
    const get = github.tool('github.repos_get')!;
    expect(await get.invoke({ repo: 'widgets' })).toMatchObject({ ok: true, data: { name: 'widgets' } });
    expect(urls).toEqual(['https://api.github.com/repos/acme/widgets']);
    expect(await get.invoke({ owner: 'evil', repo: 'widgets' })).toMatchObject({ ok: false, error: { kind: 'invalid_input', issues: [{ path: 'owner' }] } });
    expect(urls).toHaveLength(1);
  });

  it('warns about a selector that matches nothing and a property the tool does not have', async () => {
    const api = await load({ bind: { 'billing.nothing_*': { customer: 'x' }, createPayment: { tenant: 'acme' } } });
    expect(api.warnings.map((warning) => warning.message)).toEqual([
      'operations.bind: selector "billing.nothing_*" matches no operation (a typo?)',
      "operations.bind: billing_create_payment has no input property 'tenant'; its bound value is not sent",
    ]);
  });
});

describe('operations.overrides', () => {
  it('renames a tool and replaces its description; other options still select it by its original names', async () => {
    const api = await load({
      overrides: { createRefund: { name: 'refund', description: 'Refund part or all of a payment.' } },
      requireApproval: ['billing.create_refund'],
    });
    const tool = api.tool('billing_refund')!;
    expect(tool).toMatchObject({ name: 'billing_refund', id: 'billing.refund', description: 'Refund part or all of a payment.', requiresApproval: true });
    expect(api.tool('billing.refund')).toBe(tool);
    expect(api.tool('billing_create_refund')).toBeUndefined();
  });

  it('refuses a name that is taken or malformed', async () => {
    const taken = await load({ overrides: { createRefund: { name: 'get_refund' } } }).catch((error: unknown) => error);
    expect(SelectorError.isInstance(taken) && taken.message).toContain("the name 'billing_get_refund' is already billing.get_refund's");
    const malformed = await load({ overrides: { createRefund: { name: 'make refund' } } }).catch((error: unknown) => error);
    expect(SelectorError.isInstance(malformed) && malformed.message).toContain('does not fit');
  });
});
