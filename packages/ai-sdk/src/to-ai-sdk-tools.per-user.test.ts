import { loadApiServer } from '@apiwire/core';
import { billingSpecPath, startStandInServer, type FixtureServer } from '@apiwire/fixtures';
import { scriptedLanguageModel, text, toolCall } from '@apiwire/fixtures/ai-sdk';
import { generateText, stepCountIs } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toAISDKTools } from './index';

let server: FixtureServer;
beforeAll(async () => {
  server = await startStandInServer();
});
afterAll(() => server.close());

const tokens: Record<string, string> = { alice: 'token-of-alice', bob: 'token-of-bob' };

describe('per-user credentials through toolsContext', () => {
  it("runs two users' conversations at once over one set of tools: each request carries its own user's token", async () => {
    const seen: unknown[] = [];
    const billing = await loadApiServer({
      name: 'billing',
      spec: billingSpecPath,
      baseUrl: server.url,
      auth: {
        headers: { Authorization: { credential: 'billing-token' } },
        resolveCredential: async (name, { callContext }) => {
          seen.push(callContext);
          // A real resolver reads a session store: yield so that the two conversations interleave.
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 10));
          const user = (callContext as { user?: string } | undefined)?.user;
          if (name !== 'billing-token' || user === undefined || tokens[user] === undefined) throw new Error(`no token for ${String(user)}`);
          return `Bearer ${tokens[user]}`;
        },
      },
    });
    const { tools, toolApproval, contextFor } = toAISDKTools([billing]);
    const conversation = async (user: string) => {
      const calls = [1, 2, 3].map((index) => toolCall({ id: `${user}_${index}`, name: 'billing_get_invoice', input: { invoiceId: `in_${user}_${index}` } }));
      const { model } = scriptedLanguageModel([calls, [toolCall({ id: `${user}_4`, name: 'billing_list_invoices', input: { customer_id: `cus_${user}` } })], [text('Done.')]]);
      return generateText({ model, tools, toolApproval, toolsContext: contextFor({ user }), prompt: 'My invoices?', stopWhen: stepCountIs(4) });
    };
    const [alice, bob] = await Promise.all([conversation('alice'), conversation('bob')]);
    expect(alice.text).toBe('Done.');
    expect(bob.text).toBe('Done.');
    expect(server.requests).toHaveLength(8);
    for (const request of server.requests) {
      const user = /alice/.test(request.url) ? 'alice' : /bob/.test(request.url) ? 'bob' : undefined;
      expect(user, request.url).toBeDefined();
      expect(request.headers.authorization, request.url).toBe(`Bearer ${tokens[user!]}`);
    }
    expect(seen).toHaveLength(8);
  });
});
