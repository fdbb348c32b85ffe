import { loadApiServer } from '@apiwire/core';
import { billingSpecPath, startStandInServer, type FixtureServer } from '@apiwire/fixtures';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AdapterHarness } from './adapter-harness';
import { aiSdkHarness } from './ai-sdk-harness';
import { langChainHarness } from './lang-chain-harness';

let server: FixtureServer;
beforeAll(async () => {
  server = await startStandInServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const tokens: Record<string, string> = { alice: 'token-of-alice', bob: 'token-of-bob' };

describe.each<AdapterHarness>([aiSdkHarness, langChainHarness])('per-user credentials, every adapter: $name', (harness) => {
  it("runs two users' conversations at once on one adapter: each request carries its own user's token", async () => {
    const users: Array<string | undefined> = [];
    const billing = await loadApiServer({
      name: 'billing',
      spec: billingSpecPath,
      baseUrl: server.url,
      auth: {
        headers: { Authorization: { credential: 'billing-token' } },
        resolveCredential: async (name, { callContext }) => {
          const user = harness.userOf(callContext);
          users.push(user);
          // A real resolver reads a session store: yield so that the two conversations interleave.
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 10));
          if (name !== 'billing-token' || user === undefined || tokens[user] === undefined) throw new Error(`no token for ${String(user)}`);
          return `Bearer ${tokens[user]}`;
        },
      },
    });
    const converse = harness.perUser({ source: [billing] });
    const conversation = (user: string) =>
      converse({ user, toolCalls: [1, 2, 3].map((index) => ({ id: `${user}_${index}`, name: 'billing_get_invoice', args: { invoiceId: `in_${user}_${index}` } })) });
    const [alice, bob] = await Promise.all([conversation('alice'), conversation('bob')]);

    expect(alice.finalText).toBe('Done.');
    expect(bob.finalText).toBe('Done.');
    expect(server.requests).toHaveLength(6);
    for (const request of server.requests) {
      const user = /alice/.test(request.url) ? 'alice' : /bob/.test(request.url) ? 'bob' : undefined;
      expect(user, request.url).toBeDefined();
      expect(request.headers.authorization, request.url).toBe(`Bearer ${tokens[user!]}`);
    }
    expect(users.sort()).toEqual(['alice', 'alice', 'alice', 'bob', 'bob', 'bob']);
  });
});
