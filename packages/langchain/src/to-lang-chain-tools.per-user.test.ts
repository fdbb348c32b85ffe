import { loadApiServer } from '@apiwire/core';
import { billingOperations, billingSpecPath, startStandInServer, type FixtureServer } from '@apiwire/fixtures';
import { ScriptedChatModel, type ScriptedCall } from '@apiwire/fixtures/langchain';
import { AIMessage, HumanMessage, ToolMessage } from '@langchain/core/messages';
import { MemorySaver } from '@langchain/langgraph';
import { createAgent } from 'langchain';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toLangChainTools } from './index';

let server: FixtureServer;
beforeAll(async () => {
  server = await startStandInServer();
});
afterAll(() => server.close());

const tokens: Record<string, string> = { alice: 'token-of-alice', bob: 'token-of-bob' };

describe('per-user credentials through call_tool', () => {
  test("two users' threads find a deferred tool and call it through call_tool: each request carries its own user's token", async () => {
    const seen: unknown[] = [];
    const billing = await loadApiServer({
      name: 'billing',
      spec: billingSpecPath,
      baseUrl: server.url,
      operations: billingOperations,
      auth: {
        headers: { Authorization: { credential: 'billing-token' } },
        resolveCredential: async (_name, { callContext }) => {
          seen.push(callContext);
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 10));
          const user = (callContext as { context?: { user?: string } } | undefined)?.context?.user;
          if (user === undefined) throw new Error('no user in the call context');
          return `Bearer ${tokens[user]}`;
        },
      },
    });
    const tools = toLangChainTools([billing]);
    expect(billing.tools.find((tool) => tool.name === 'billing_get_aging_report')?.deferred).toBe(true);
    // One model for both threads, answering from what each call received: search, then call_tool, then done.
    const step = (call: ScriptedCall) => {
      const last = call.messages.at(-1)!;
      const user = String(call.messages.find((message) => HumanMessage.isInstance(message))?.content).includes('alice') ? 'alice' : 'bob';
      if (!ToolMessage.isInstance(last)) {
        return new AIMessage({ content: '', tool_calls: [{ name: 'search_tools', args: { query: 'aging report' }, id: `${user}_search`, type: 'tool_call' }] });
      }
      if (last.name === 'search_tools') {
        const args = { name: 'billing_get_aging_report', arguments: { as_of: user === 'alice' ? '2026-01-01' : '2026-02-02' } };
        return new AIMessage({ content: '', tool_calls: [{ name: 'call_tool', args, id: `${user}_call`, type: 'tool_call' }] });
      }
      return new AIMessage(`Done: ${String(last.content)}`);
    };
    const agent = createAgent({ model: new ScriptedChatModel({ steps: Array(6).fill(step) }), tools, checkpointer: new MemorySaver() });
    const conversation = (user: string) =>
      agent.invoke({ messages: [new HumanMessage(`Aging report? (${user})`)] }, { configurable: { thread_id: `thread-${user}` }, context: { user } });
    const [alice, bob] = await Promise.all([conversation('alice'), conversation('bob')]);
    for (const state of [alice, bob]) {
      const callMessage = state.messages.find((message) => ToolMessage.isInstance(message) && message.name === 'call_tool') as ToolMessage;
      expect(callMessage.status, String(callMessage.content)).toBe('success');
      expect(state.messages.at(-1)?.content).toMatch(/^Done: /);
    }
    expect(server.requests.map((request) => request.path)).toEqual(['/reports/aging', '/reports/aging']);
    for (const request of server.requests) {
      const user = request.query.as_of === '2026-01-01' ? 'alice' : 'bob';
      expect(request.headers.authorization, request.url).toBe(`Bearer ${tokens[user]}`);
    }
    expect(seen).toHaveLength(2);
    expect(seen).toContainEqual(expect.objectContaining({ context: { user: 'alice' }, configurable: expect.objectContaining({ thread_id: 'thread-alice' }) }));
  });
});
