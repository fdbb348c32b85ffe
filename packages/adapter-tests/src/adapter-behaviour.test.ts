import { loadApiServer, type ApiServer } from '@apiwire/core';
import { billingSpecPath, pollUntil, startSilentServer, type FixtureServer } from '@apiwire/fixtures';
import { useBilling } from '@apiwire/fixtures/vitest';
import { describe, expect, it } from 'vitest';
import type { AdapterHarness } from './adapter-harness';
import { aiSdkHarness } from './ai-sdk-harness';
import { langChainHarness } from './lang-chain-harness';

let billing: ApiServer;
let server: FixtureServer;

useBilling({ loadApiServer }, (loaded) => ({ billing, server } = loaded));

const refund = { id: 'call_refund', name: 'billing_create_refund', args: { payment_id: 'pay_1', amount: 500 } };

describe.each<AdapterHarness>([aiSdkHarness, langChainHarness])('every adapter: $name', (harness) => {
  it('calls a visible operation with its credentials, and the model reads the JSON response', async () => {
    const run = await harness.run({
      source: [billing],
      toolCalls: [{ id: 'call_1', name: 'billing_get_customer', args: { id: 'cus_2' } }],
    });
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /customers/cus_2']);
    expect(server.requests[0].headers.authorization).toBe('Bearer test-token');
    expect(run.seen('call_1')).toEqual({ error: false, text: expect.any(String) });
    expect(JSON.parse(run.seen('call_1')!.text)).toMatchObject({ id: 'cus_2', name: 'Globex GmbH' });
    expect(run.finalText).toBe('Done.');
  });

  it('a tool name the model made up reaches it as an error naming the tool, and the run goes on', async () => {
    const run = await harness.run({
      source: [billing],
      toolCalls: [{ id: 'call_made_up', name: 'billing_delete_everything', args: {} }],
    });
    expect(server.requests).toEqual([]);
    expect(run.seen('call_made_up')).toEqual({ error: true, text: expect.stringContaining('billing_delete_everything') });
    expect(run.finalText).toBe('Done.');
  });

  it('a deferred tool called before any search is refused, and nothing is sent', async () => {
    const run = await harness.run({
      source: [billing],
      toolCalls: [{ id: 'call_guess', name: 'billing_get_aging_report', args: {} }],
    });
    expect(server.requests).toEqual([]);
    expect(run.seen('call_guess')).toEqual({ error: true, text: expect.stringContaining('billing_get_aging_report') });
  });

  it('invalid input reaches the model naming the field, and nothing is sent', async () => {
    const run = await harness.run({
      source: [billing],
      toolCalls: [{ id: 'call_bad', name: 'billing_create_customer', args: { email: 42 } }],
    });
    expect(server.requests).toEqual([]);
    expect(run.seen('call_bad')).toEqual({ error: true, text: expect.stringMatching(/email/) });
  });

  it('an HTTP error reaches the model with its status', async () => {
    const run = await harness.run({
      source: [billing],
      toolCalls: [{ id: 'call_404', name: 'billing_get_customer', args: { id: 'cus_404' } }],
    });
    expect(server.requests).toHaveLength(1);
    expect(run.seen('call_404')).toEqual({ error: true, text: expect.stringContaining('404') });
  });

  it("an approve hook's no sends nothing, and the model reads the denial with the hook's reason", async () => {
    const run = await harness.run({
      source: [billing],
      toolCalls: [refund],
      approve: ({ input }) => ({ approved: (input.amount as number) <= 100, reason: 'over the limit' }),
    });
    expect(server.requests).toEqual([]);
    expect(run.seen('call_refund')).toEqual({ error: true, text: expect.stringContaining('over the limit') });
  });

  it("an approve hook's yes sends the request once, with the request line the hook was shown", async () => {
    const shown: string[] = [];
    const run = await harness.run({
      source: [billing],
      toolCalls: [refund],
      approve: ({ request }) => {
        shown.push(`${request.method} ${request.url}`);
        return true;
      },
    });
    expect(shown).toEqual([`POST ${billing.baseUrl.replace(/\/$/, '')}/refunds`]);
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /refunds']);
    expect(run.seen('call_refund')?.error).toBe(false);
  });

  it('an approval-gated call with invalid input is not shown to the approve hook: the model reads the input error', async () => {
    const asked: unknown[] = [];
    const run = await harness.run({
      source: [billing],
      toolCalls: [{ id: 'call_bad_refund', name: 'billing_create_refund', args: { payment_id: 'pay_1', amount: 0 } }],
      approve: ({ input }) => {
        asked.push(input);
        return true;
      },
    });
    expect(asked).toEqual([]);
    expect(server.requests).toEqual([]);
    expect(run.seen('call_bad_refund')).toEqual({ error: true, text: expect.stringMatching(/amount/) });
  });

  it('an approve hook that throws denies, and its text never reaches the model', async () => {
    const run = await harness.run({
      source: [billing],
      toolCalls: [refund],
      approve: () => {
        throw new Error('token sk_live_123 expired');
      },
    });
    expect(server.requests).toEqual([]);
    expect(run.seen('call_refund')).toEqual({ error: true, text: expect.stringContaining('the approval hook failed') });
    expect(run.seen('call_refund')!.text).not.toContain('sk_live_123');
  });

  it('aborting the run cancels the request in flight and rejects', async () => {
    const silent = await startSilentServer();
    try {
      const slow = await loadApiServer({ name: 'billing', spec: billingSpecPath, baseUrl: `${silent.url}/v1`, retry: false });
      const controller = new AbortController();
      const run = harness.run({
        source: [slow],
        toolCalls: [{ id: 'call_1', name: 'billing_get_customer', args: { id: 'cus_1' } }],
        signal: controller.signal,
      });
      await pollUntil(() => silent.received.length === 1, { what: 'the request to arrive' });
      controller.abort();
      await expect(run).rejects.toThrow();
      await pollUntil(() => silent.hungUp() === 1, { what: 'the client to hang up' });
      expect(silent.received.map((request) => request.url)).toEqual(['/v1/customers/cus_1']);
    } finally {
      await silent.close();
    }
  });
});
