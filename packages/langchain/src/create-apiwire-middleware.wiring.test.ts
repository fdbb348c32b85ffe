import { type ApiServer, loadApiServer } from '@apiwire/core';
import { billingOperations, type FixtureServer } from '@apiwire/fixtures';
import { useBilling } from '@apiwire/fixtures/vitest';
import { ScriptedChatModel, type ScriptStep } from '@apiwire/fixtures/langchain';
import { HumanMessage, ToolMessage } from '@langchain/core/messages';
import { tool } from '@langchain/core/tools';
import { Command, MemorySaver } from '@langchain/langgraph';
import { createAgent } from 'langchain';
import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { createApiwireMiddleware, toLangChainTools, ToolWiringError } from './index';

let server: FixtureServer;
let billing: ApiServer;
useBilling({ loadApiServer, operations: { ...billingOperations, requireApproval: ['tag:refunds'] } }, (loaded) => ({ server, billing } = loaded));

let thread = 0;
/** The natural wiring: the same servers as `tools` and as middleware. */
function bothWays(steps: ScriptStep[]) {
  const model = new ScriptedChatModel({ steps });
  const agent = createAgent({
    model,
    tools: toLangChainTools([billing]),
    middleware: [createApiwireMiddleware([billing])],
    checkpointer: new MemorySaver(),
  });
  return { model, agent, config: { configurable: { thread_id: `wiring-${++thread}` } } };
}

describe('createApiwireMiddleware beside toLangChainTools for the same servers', () => {
  test('binds each tool once, the visible ones only, and no call_tool', async () => {
    const { agent, config, model } = bothWays([{ text: 'Hello.' }]);
    await agent.invoke({ messages: [new HumanMessage('Hi')] }, config);
    const names = model.calls[0].toolNames;
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual([...billing.tools.filter((entry) => !entry.deferred).map((entry) => entry.name), 'search_tools'].sort());
  });

  test('a gated call interrupts, and approve sends exactly one request', async () => {
    const refund = { name: 'billing_create_refund', args: { payment_id: 'pay_1', amount: 500 }, id: 'call_refund' };
    const { agent, config } = bothWays([{ toolCalls: [refund] }, { text: 'Refunded.' }]);
    const interrupted = await agent.invoke({ messages: [new HumanMessage('Refund 5 euros of pay_1')] }, config);
    expect(interrupted.__interrupt__).toHaveLength(1);
    expect(server.requests.filter((request) => request.path === '/refunds')).toHaveLength(0);
    const state = await agent.invoke(new Command({ resume: { decisions: [{ type: 'approve' }] } }), config);
    expect(server.requests.filter((request) => request.method === 'POST' && request.path === '/refunds')).toHaveLength(1);
    expect(state.messages.at(-1)?.content).toBe('Refunded.');
  });

  test('a deferred tool is revealed by search and then called', async () => {
    const { agent, config, model } = bothWays([
      { toolCalls: [{ name: 'search_tools', args: { query: 'revenue report' } }] },
      { toolCalls: [{ name: 'billing_get_revenue_report', args: { from: '2026-01-01', to: '2026-12-31' } }] },
      { text: 'Revenue is in.' },
    ]);
    await agent.invoke({ messages: [new HumanMessage('Revenue this year?')] }, config);
    expect(model.calls[0].toolNames).not.toContain('billing_get_revenue_report');
    expect(model.calls[1].toolNames.filter((name) => name === 'billing_get_revenue_report')).toHaveLength(1);
    expect(server.requests.filter((request) => request.path === '/reports/revenue')).toHaveLength(1);
    const results = model.calls[2].messages.filter((message): message is ToolMessage => ToolMessage.isInstance(message));
    expect(results.at(-1)?.status).toBe('success');
  });

  test("a different tool under an apiwire tool's name is a ToolWiringError", async () => {
    const impostor = tool(async () => 'not the API', {
      name: 'billing_list_invoices',
      description: 'Lists something else',
      schema: z.object({}),
    });
    const model = new ScriptedChatModel({ steps: [{ text: 'Hello.' }] });
    const agent = createAgent({ model, tools: [impostor], middleware: [createApiwireMiddleware([billing])], checkpointer: new MemorySaver() });
    const error = await agent.invoke({ messages: [new HumanMessage('Hi')] }, { configurable: { thread_id: 'impostor' } }).catch((caught: unknown) => caught);
    // LangGraph rethrows a copy of the error (its marker is lost), so its name and message are what reach the app.
    expect(error).toMatchObject({ name: 'ApiwireToolWiringError', message: expect.stringContaining('"billing_list_invoices"') });
    expect(new ToolWiringError({ toolName: 'x' }).toolName).toBe('x');
  });
});
