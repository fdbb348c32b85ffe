import { type ApiServer, loadApiServer } from '@apiwire/core';
import { billingOperations, billingSpecPath, type FixtureServer } from '@apiwire/fixtures';
import { useBilling } from '@apiwire/fixtures/vitest';
import { HumanMessage, ToolMessage } from '@langchain/core/messages';
import { Command, MemorySaver } from '@langchain/langgraph';
import { tool } from '@langchain/core/tools';
import { createAgent, type HITLRequest, humanInTheLoopMiddleware } from 'langchain';
import { z } from 'zod';
import { describe, expect, test } from 'vitest';
import { createApiwireMiddleware } from './index';
import { ScriptedChatModel, type ScriptStep } from '@apiwire/fixtures/langchain';

let server: FixtureServer;
let billing: ApiServer;

useBilling({ loadApiServer, operations: { ...billingOperations, requireApproval: ['tag:refunds'] } }, (loaded) => ({ server, billing } = loaded));

let thread = 0;
function agentFor(options: { steps: ScriptStep[]; middleware?: Parameters<typeof createApiwireMiddleware>[1] }) {
  const model = new ScriptedChatModel({ steps: options.steps });
  const agent = createAgent({
    model,
    tools: [],
    middleware: [createApiwireMiddleware([billing], options.middleware)],
    checkpointer: new MemorySaver(),
  });
  return { model, agent, config: { configurable: { thread_id: `thread-${++thread}` } } };
}

function sent(method: string, path: string) {
  return server.requests.filter((request) => request.method === method && request.path === path);
}

function toolMessages(messages: unknown[]): ToolMessage[] {
  return messages.filter((message): message is ToolMessage => ToolMessage.isInstance(message));
}

const refundCall = { name: 'billing_create_refund', args: { payment_id: 'pay_1', amount: 500 }, id: 'call_refund' };

describe('approval', () => {
  test('an approval-gated call interrupts with the humanInTheLoopMiddleware payload and sends nothing', async () => {
    const { agent, config } = agentFor({ steps: [{ toolCalls: [refundCall] }] });
    const state = await agent.invoke({ messages: [new HumanMessage('Refund 5 euros of pay_1')] }, config);
    const interrupt = state.__interrupt__?.[0]?.value as HITLRequest;
    expect(interrupt.actionRequests).toEqual([
      {
        name: 'billing_create_refund',
        args: { payment_id: 'pay_1', amount: 500 },
        description: expect.stringContaining('Tool execution requires approval'),
      },
    ]);
    expect(interrupt.reviewConfigs).toEqual([
      {
        actionName: 'billing_create_refund',
        allowedDecisions: ['approve', 'edit', 'reject'],
        argsSchema: billing.tool('billing_create_refund')!.inputSchema,
      },
    ]);
    expect(sent('POST', '/refunds')).toHaveLength(0);
  });

  test('resuming with approve sends exactly one request and the model reads its result', async () => {
    const { agent, config, model } = agentFor({ steps: [{ toolCalls: [refundCall] }, { text: 'Refunded.' }] });
    await agent.invoke({ messages: [new HumanMessage('Refund 5 euros of pay_1')] }, config);
    const state = await agent.invoke(new Command({ resume: { decisions: [{ type: 'approve' }] } }), config);
    const refunds = sent('POST', '/refunds');
    expect(refunds).toHaveLength(1);
    expect(JSON.parse(refunds[0].body)).toEqual({ payment_id: 'pay_1', amount: 500 });
    const [result] = toolMessages(model.calls[1].messages);
    expect(result.status).toBe('success');
    expect(JSON.parse(String(result.content))).toMatchObject({ payment_id: 'pay_1', amount: 500 });
    expect(state.messages.at(-1)?.content).toBe('Refunded.');
  });

  test('resuming with reject sends nothing and the model reads the rejection', async () => {
    const { agent, config, model } = agentFor({ steps: [{ toolCalls: [refundCall] }, { text: 'Understood.' }] });
    await agent.invoke({ messages: [new HumanMessage('Refund 5 euros of pay_1')] }, config);
    const state = await agent.invoke(
      new Command({ resume: { decisions: [{ type: 'reject', message: 'No refunds this week.' }] } }),
      config,
    );
    expect(sent('POST', '/refunds')).toHaveLength(0);
    expect(model.calls).toHaveLength(2);
    const [rejection] = toolMessages(model.calls[1].messages);
    expect(rejection).toMatchObject({ content: 'No refunds this week.', status: 'error', tool_call_id: 'call_refund' });
    expect(state.messages.at(-1)?.content).toBe('Understood.');
  });

  test('resuming with edit sends the edited request, validated again', async () => {
    const { agent, config } = agentFor({ steps: [{ toolCalls: [refundCall] }, { text: 'Done.' }] });
    await agent.invoke({ messages: [new HumanMessage('Refund 5 euros of pay_1')] }, config);
    const editedAction = { name: 'billing_create_refund', args: { payment_id: 'pay_1', amount: 200, reason: 'duplicate' } };
    await agent.invoke(new Command({ resume: { decisions: [{ type: 'edit', editedAction }] } }), config);
    const refunds = sent('POST', '/refunds');
    expect(refunds).toHaveLength(1);
    expect(JSON.parse(refunds[0].body)).toEqual({ payment_id: 'pay_1', amount: 200, reason: 'duplicate' });
  });

  test('an edit with invalid arguments sends nothing and the model reads which field is wrong', async () => {
    const { agent, config, model } = agentFor({ steps: [{ toolCalls: [refundCall] }, { text: 'Sorry.' }] });
    await agent.invoke({ messages: [new HumanMessage('Refund 5 euros of pay_1')] }, config);
    const editedAction = { name: 'billing_create_refund', args: { payment_id: 'pay_1', amount: 0 } };
    await agent.invoke(new Command({ resume: { decisions: [{ type: 'edit', editedAction }] } }), config);
    expect(sent('POST', '/refunds')).toHaveLength(0);
    const [result] = toolMessages(model.calls[1].messages);
    expect(result.status).toBe('error');
    expect(JSON.parse(String(result.content))).toMatchObject({ error: 'invalid_input', issues: [expect.stringMatching(/^amount: /)] });
  });

  test('an invalid gated call goes back to the model as an input error without an interrupt; a valid one then interrupts', async () => {
    const invalidCall = { name: 'billing_create_refund', args: { payment_id: 'pay_1', amount: 0 }, id: 'call_invalid' };
    const { agent, config, model } = agentFor({ steps: [{ toolCalls: [invalidCall] }, { toolCalls: [refundCall] }, { text: 'Refunded.' }] });
    const first = await agent.invoke({ messages: [new HumanMessage('Refund pay_1')] }, config);
    expect(sent('POST', '/refunds')).toHaveLength(0);
    const [inputError] = toolMessages(model.calls[1].messages);
    expect(inputError).toMatchObject({ tool_call_id: 'call_invalid', status: 'error' });
    expect(JSON.parse(String(inputError.content))).toMatchObject({ error: 'invalid_input', issues: [expect.stringMatching(/^amount: /)] });
    // The only interrupt is the valid call's, made after the model read the input error.
    const interrupts = first.__interrupt__ ?? [];
    expect(interrupts).toHaveLength(1);
    expect((interrupts[0].value as HITLRequest).actionRequests).toEqual([
      expect.objectContaining({ name: 'billing_create_refund', args: { payment_id: 'pay_1', amount: 500 } }),
    ]);
    const state = await agent.invoke(new Command({ resume: { decisions: [{ type: 'approve' }] } }), config);
    expect(sent('POST', '/refunds')).toHaveLength(1);
    expect(state.messages.at(-1)?.content).toBe('Refunded.');
  });

  test('several gated calls share one interrupt; each decision applies to its own call', async () => {
    const { agent, config, model } = agentFor({
      steps: [
        {
          toolCalls: [
            { name: 'billing_create_refund', args: { payment_id: 'pay_1', amount: 100 }, id: 'call_a' },
            { name: 'billing_get_payment', args: { paymentId: 'pay_1' }, id: 'call_read' },
            { name: 'billing_create_refund', args: { payment_id: 'pay_1', amount: 200 }, id: 'call_b' },
          ],
        },
        { text: 'One refund made, one declined.' },
      ],
    });
    const first = await agent.invoke({ messages: [new HumanMessage('Two refunds on pay_1')] }, config);
    const interrupt = first.__interrupt__?.[0]?.value as HITLRequest;
    expect(interrupt.actionRequests.map((action) => action.args.amount)).toEqual([100, 200]);
    expect(server.requests).toHaveLength(0);
    await agent.invoke(
      new Command({ resume: { decisions: [{ type: 'approve' }, { type: 'reject', message: 'Only one refund.' }] } }),
      config,
    );
    const refunds = sent('POST', '/refunds');
    expect(refunds.map((request) => JSON.parse(request.body).amount)).toEqual([100]);
    expect(sent('GET', '/payments/pay_1')).toHaveLength(1);
    const results = Object.fromEntries(
      toolMessages(model.calls[1].messages).map((message) => [message.tool_call_id, message.status]),
    );
    expect(results).toEqual({ call_a: 'success', call_read: 'success', call_b: 'error' });
  });

  test("works beside humanInTheLoopMiddleware guarding the app's own tools: each asks about its own calls", async () => {
    const emails: unknown[] = [];
    const sendEmail = tool(async (input) => { emails.push(input); return 'sent'; }, {
      name: 'send_email',
      description: 'Send an email.',
      schema: z.object({ to: z.string() }),
    });
    const model = new ScriptedChatModel({
      steps: [
        { toolCalls: [refundCall, { name: 'send_email', args: { to: 'ap@globex.example' }, id: 'call_email' }] },
        { text: 'Refunded and told them.' },
      ],
    });
    const agent = createAgent({
      model,
      tools: [sendEmail],
      middleware: [humanInTheLoopMiddleware({ interruptOn: { send_email: true } }), createApiwireMiddleware([billing])],
      checkpointer: new MemorySaver(),
    });
    const config = { configurable: { thread_id: 'with-hitl' } };
    let state = await agent.invoke({ messages: [new HumanMessage('Refund and email')] }, config);
    const asked: string[] = [];
    for (let round = 0; round < 3 && state.__interrupt__?.length; round += 1) {
      const request = state.__interrupt__[0].value as HITLRequest;
      asked.push(...request.actionRequests.map((action) => action.name));
      const decisions = request.actionRequests.map(() => ({ type: 'approve' as const }));
      state = await agent.invoke(new Command({ resume: { decisions } }), config);
    }
    expect(asked.sort()).toEqual(['billing_create_refund', 'send_email']);
    expect(sent('POST', '/refunds')).toHaveLength(1);
    expect(emails).toEqual([{ to: 'ap@globex.example' }]);
    expect(state.messages.at(-1)?.content).toBe('Refunded and told them.');
  });

  test('agent.stream surfaces the same interrupt and resumes the same way', async () => {
    const { agent, config } = agentFor({ steps: [{ toolCalls: [refundCall] }, { text: 'Refunded.' }] });
    const interrupts: HITLRequest[] = [];
    for await (const chunk of await agent.stream({ messages: [new HumanMessage('Refund pay_1')] }, { ...config, streamMode: 'updates' })) {
      const update = chunk as { __interrupt__?: Array<{ value: HITLRequest }> };
      if (update.__interrupt__) interrupts.push(...update.__interrupt__.map((entry) => entry.value));
    }
    expect(interrupts.map((request) => request.actionRequests[0].name)).toEqual(['billing_create_refund']);
    expect(sent('POST', '/refunds')).toHaveLength(0);
    for await (const _ of await agent.stream(new Command({ resume: { decisions: [{ type: 'approve' }] } }), config)) {
      // drain
    }
    expect(sent('POST', '/refunds')).toHaveLength(1);
  });

  test('an approve hook decides instead of a human: yes sends, no reaches the model as a rejection', async () => {
    const asked: unknown[] = [];
    const yes = agentFor({
      steps: [{ toolCalls: [refundCall] }, { text: 'Refunded.' }],
      middleware: { approve: (request) => { asked.push(request.request); return true; } },
    });
    const state = await yes.agent.invoke({ messages: [new HumanMessage('Refund pay_1')] }, yes.config);
    expect(state.__interrupt__).toBeUndefined();
    expect(asked).toEqual([{ method: 'POST', url: `${server.url}/refunds` }]);
    expect(sent('POST', '/refunds')).toHaveLength(1);

    const no = agentFor({
      steps: [{ toolCalls: [refundCall] }, { text: 'Not allowed.' }],
      middleware: { approve: () => ({ approved: false, reason: 'over the limit' }) },
    });
    await no.agent.invoke({ messages: [new HumanMessage('Refund pay_1')] }, no.config);
    expect(sent('POST', '/refunds')).toHaveLength(1);
    const [rejection] = toolMessages(no.model.calls[1].messages);
    expect(rejection).toMatchObject({ status: 'error', content: 'billing_create_refund was not approved: over the limit.' });
  });

  test("approve: 'server' leaves the decision to the server's own approve hook, without an interrupt", async () => {
    const hooked = await loadApiServer({
      name: 'billing',
      spec: billingSpecPath,
      baseUrl: server.url,
      auth: { headers: { Authorization: 'Bearer test-token' } },
      operations: { requireApproval: ['tag:refunds'] },
      approve: ({ input }) => ({ approved: Number(input.amount) <= 1000, reason: 'refunds above 10.00 need a human' }),
    });
    const model = new ScriptedChatModel({
      steps: [
        {
          toolCalls: [
            { name: 'billing_create_refund', args: { payment_id: 'pay_1', amount: 500 }, id: 'small' },
            { name: 'billing_create_refund', args: { payment_id: 'pay_1', amount: 5000 }, id: 'large' },
          ],
        },
        { text: 'One of two.' },
      ],
    });
    const agent = createAgent({
      model,
      tools: [],
      middleware: [createApiwireMiddleware([hooked], { approve: 'server' })],
      checkpointer: new MemorySaver(),
    });
    const state = await agent.invoke({ messages: [new HumanMessage('Two refunds')] }, { configurable: { thread_id: 'server-hook' } });
    expect(state.__interrupt__).toBeUndefined();
    expect(sent('POST', '/refunds').map((request) => JSON.parse(request.body).amount)).toEqual([500]);
    const statuses = Object.fromEntries(toolMessages(model.calls[1].messages).map((message) => [message.tool_call_id, message.status]));
    expect(statuses).toEqual({ small: 'success', large: 'error' });
  });
});

describe('tools the model sees', () => {
  test('excluded tools are absent and deferred tools are hidden from the first model call', async () => {
    const { agent, config, model } = agentFor({ steps: [{ text: 'Hello.' }] });
    await agent.invoke({ messages: [new HumanMessage('Hi')] }, config);
    const names = model.calls[0].toolNames;
    expect(names).toContain('billing_list_invoices');
    expect(names).toContain('billing_create_refund');
    expect(names).toContain('search_tools');
    expect(names.filter((name) => /org_chart|api_key|audit_log/.test(name))).toEqual([]);
    expect(names.filter((name) => name.includes('report') || name === 'billing_export_invoices')).toEqual([]);
    expect(names).toHaveLength(billing.tools.filter((tool) => !tool.deferred).length + 1);
  });

  test('the model receives the descriptor JSON Schema unchanged', async () => {
    const { agent, config, model } = agentFor({ steps: [{ text: 'Hello.' }] });
    await agent.invoke({ messages: [new HumanMessage('Hi')] }, config);
    const refund = model.calls[0].tools.find((tool) => tool.name === 'billing_create_refund');
    expect(refund?.parameters).toEqual(billing.tool('billing_create_refund')!.inputSchema);
  });

  test('a deferred tool is revealed by search_tools, offered from the next call, then called', async () => {
    const { agent, config, model } = agentFor({
      steps: [
        { toolCalls: [{ name: 'search_tools', args: { query: 'revenue report' } }] },
        { toolCalls: [{ name: 'billing_get_revenue_report', args: { from: '2026-01-01', to: '2026-12-31' } }] },
        { text: 'Revenue is in.' },
      ],
    });
    const state = await agent.invoke({ messages: [new HumanMessage('How much revenue this year?')] }, config);
    expect(model.calls[0].toolNames).not.toContain('billing_get_revenue_report');
    const [found] = toolMessages(model.calls[1].messages);
    const matches = JSON.parse(String(found.content)).tools as Array<{ name: string; requiredInputs: string[]; inputSchema?: unknown }>;
    expect(matches.map((tool) => tool.name)).toContain('billing_get_revenue_report');
    // the schema comes once, with the tool offered next; the search result carries only names, lines and required inputs
    expect(matches.every((tool) => tool.inputSchema === undefined && Array.isArray(tool.requiredInputs))).toBe(true);
    expect(model.calls[1].toolNames).toContain('billing_get_revenue_report');
    const offered = model.calls[1].tools.find((tool) => tool.name === 'billing_get_revenue_report');
    expect(offered?.parameters).toEqual(billing.tool('billing_get_revenue_report')!.inputSchema);
    expect(sent('GET', '/reports/revenue')).toHaveLength(1);
    expect(toolMessages(model.calls[2].messages).at(-1)?.status).toBe('success');
    expect(state.apiwireRevealedTools).toContain('billing_get_revenue_report');
  });

  test('a search nothing matches well reveals nothing and tells the model so; minCoverage 0 shows the closest', async () => {
    const query = 'weather forecast for Lisbon tomorrow: rain, wind and temperature report';
    const strict = agentFor({ steps: [{ toolCalls: [{ name: 'search_tools', args: { query } }] }, { text: 'Cannot do that.' }] });
    const state = await strict.agent.invoke({ messages: [new HumanMessage('Plan my trip')] }, strict.config);
    const [answer] = toolMessages(strict.model.calls[1].messages);
    expect(JSON.parse(String(answer.content))).toEqual({ tools: [], note: expect.stringMatching(/^Nothing matched/) });
    expect(state.apiwireRevealedTools).toEqual([]);
    expect(strict.model.calls[1].toolNames).toEqual(strict.model.calls[0].toolNames);

    const lenient = agentFor({
      steps: [{ toolCalls: [{ name: 'search_tools', args: { query } }] }, { text: 'Here is what there is.' }],
      middleware: { minCoverage: 0 },
    });
    const shown = await lenient.agent.invoke({ messages: [new HumanMessage('Plan my trip')] }, lenient.config);
    expect(JSON.parse(String(toolMessages(lenient.model.calls[1].messages)[0].content)).tools.length).toBeGreaterThan(0);
    expect(shown.apiwireRevealedTools.length).toBeGreaterThan(0);
  });

  test('two searches in one step both reveal, and the reveals are kept in the agent state', async () => {
    const { agent, config, model } = agentFor({
      steps: [
        {
          toolCalls: [
            { name: 'search_tools', args: { query: 'aging report' } },
            { name: 'search_tools', args: { query: 'revenue report' } },
          ],
        },
        { text: 'Both found.' },
      ],
    });
    const state = await agent.invoke({ messages: [new HumanMessage('Find both reports')] }, config);
    expect(model.calls[1].toolNames).toEqual(expect.arrayContaining(['billing_get_aging_report', 'billing_get_revenue_report']));
    expect(state.apiwireRevealedTools).toEqual(expect.arrayContaining(['billing_get_aging_report', 'billing_get_revenue_report']));
  });

  test('two threads keep separate reveals', async () => {
    const model = new ScriptedChatModel({
      steps: [
        { toolCalls: [{ name: 'search_tools', args: { query: 'aging report' } }] },
        { text: 'Found it.' },
        { text: 'Hello from thread B.' },
        { text: 'Still here in thread A.' },
      ],
    });
    const agent = createAgent({
      model,
      tools: [],
      middleware: [createApiwireMiddleware([billing])],
      checkpointer: new MemorySaver(),
    });
    const threadA = { configurable: { thread_id: 'reveal-a' } };
    const threadB = { configurable: { thread_id: 'reveal-b' } };
    await agent.invoke({ messages: [new HumanMessage('Find the aging report')] }, threadA);
    expect(model.calls[1].toolNames).toContain('billing_get_aging_report');
    const b = await agent.invoke({ messages: [new HumanMessage('Hi')] }, threadB);
    expect(model.calls[2].toolNames).not.toContain('billing_get_aging_report');
    expect(b.apiwireRevealedTools).toEqual([]);
    await agent.invoke({ messages: [new HumanMessage('And now?')] }, threadA);
    expect(model.calls[3].toolNames).toContain('billing_get_aging_report');
  });
});

describe('errors come back as tool messages', () => {
  test('invalid input becomes an error message naming the field, and no request is sent', async () => {
    const { agent, config, model } = agentFor({
      steps: [{ toolCalls: [{ name: 'billing_create_customer', args: { email: 42 } }] }, { text: 'Oops.' }],
    });
    const state = await agent.invoke({ messages: [new HumanMessage('Add a customer')] }, config);
    expect(sent('POST', '/customers')).toHaveLength(0);
    const [result] = toolMessages(model.calls[1].messages);
    expect(result.status).toBe('error');
    const content = JSON.parse(String(result.content));
    expect(content.error).toBe('invalid_input');
    expect(content.issues.some((issue: string) => issue.startsWith('email: '))).toBe(true);
    expect(state.messages.at(-1)?.content).toBe('Oops.');
  });

  test('an HTTP error becomes an error message with the status and body', async () => {
    const { agent, config, model } = agentFor({
      steps: [{ toolCalls: [{ name: 'billing_get_invoice', args: { invoiceId: 'in_404' } }] }, { text: 'Not found.' }],
    });
    await agent.invoke({ messages: [new HumanMessage('Show in_404')] }, config);
    expect(sent('GET', '/invoices/in_404')).toHaveLength(1);
    const [result] = toolMessages(model.calls[1].messages);
    expect(result.status).toBe('error');
    expect(JSON.parse(String(result.content))).toMatchObject({ error: 'http_error', status: 404 });
  });
});

