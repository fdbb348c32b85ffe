import { loadApiServer } from '@apiwire/core';
import { billingSpecPath, startStandInServer, type FixtureServer } from '@apiwire/fixtures';
import { ScriptedChatModel, type ScriptedCall } from '@apiwire/fixtures/langchain';
import { AIMessage, HumanMessage, ToolMessage } from '@langchain/core/messages';
import { MemorySaver } from '@langchain/langgraph';
import { createAgent } from 'langchain';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApiwireMiddleware } from './index';

let server: FixtureServer;
beforeAll(async () => {
  server = await startStandInServer();
});
afterAll(() => server.close());

const tokens: Record<string, string> = { alice: 'token-of-alice', bob: 'token-of-bob' };

describe('per-user credentials through the run config', () => {
  test("two users' threads at once on one agent: each request carries its own user's token", async () => {
    const billing = await loadApiServer({
      name: 'billing',
      spec: billingSpecPath,
      baseUrl: server.url,
      auth: {
        headers: { Authorization: { credential: 'billing-token' } },
        resolveCredential: async (name, { callContext }) => {
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 10));
          const { configurable, context } = callContext as { configurable?: { thread_id?: string }; context?: { user?: string } };
          // The user comes from the runtime context; configurable carries the thread.
          const user = context?.user;
          if (user === undefined || configurable?.thread_id !== `thread-${user}`) throw new Error(`no token for ${String(user)}`);
          return `Bearer ${tokens[user]}`;
        },
      },
    });
    // One model for both threads: it answers from what each call received (the two runs interleave).
    const step = (call: ScriptedCall) => {
      const last = call.messages.at(-1)!;
      if (ToolMessage.isInstance(last)) return new AIMessage('Done.');
      const user = String(last.content).includes('alice') ? 'alice' : 'bob';
      return new AIMessage({
        content: '',
        tool_calls: [1, 2, 3].map((index) => ({ name: 'billing_get_invoice', args: { invoiceId: `in_${user}_${index}` }, id: `${user}_${index}`, type: 'tool_call' as const })),
      });
    };
    const agent = createAgent({
      model: new ScriptedChatModel({ steps: [step, step, step, step] }),
      tools: [],
      middleware: [createApiwireMiddleware([billing])],
      checkpointer: new MemorySaver(),
    });
    const conversation = (user: string) =>
      agent.invoke({ messages: [new HumanMessage(`My invoices? (${user})`)] }, { configurable: { thread_id: `thread-${user}` }, context: { user } });
    const [alice, bob] = await Promise.all([conversation('alice'), conversation('bob')]);
    expect(alice.messages.at(-1)?.content).toBe('Done.');
    expect(bob.messages.at(-1)?.content).toBe('Done.');
    expect(server.requests).toHaveLength(6);
    for (const request of server.requests) {
      const user = /alice/.test(request.url) ? 'alice' : 'bob';
      expect(request.url).toContain(user);
      expect(request.headers.authorization, request.url).toBe(`Bearer ${tokens[user]}`);
    }
  });
});
