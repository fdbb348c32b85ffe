import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ApiServer, createToolCatalog, loadApiServer } from '@apiwire/core';
import { billingOperations, type FixtureServer } from '@apiwire/fixtures';
import { useBilling } from '@apiwire/fixtures/vitest';
import { AIMessage, type BaseMessage, HumanMessage, ToolMessage } from '@langchain/core/messages';
import type { StructuredTool } from '@langchain/core/tools';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { revealedToolNames, toLangChainTools } from './index';
import { ScriptedChatModel, type ScriptStep } from '@apiwire/fixtures/langchain';

let server: FixtureServer;
let billing: ApiServer;

useBilling({ loadApiServer, operations: { ...billingOperations, requireApproval: ['tag:refunds'] } }, (loaded) => ({ server, billing } = loaded));

function sent(method: string, path: string) {
  return server.requests.filter((request) => request.method === method && request.path === path);
}

function byName(tools: StructuredTool[], name: string): StructuredTool {
  const tool = tools.find((candidate) => candidate.name === name);
  if (!tool) throw new Error(`no tool ${name}`);
  return tool;
}

/** A plain bindTools loop: the model answers, each tool call runs, until the model stops calling tools. */
async function runLoop(options: { tools: StructuredTool[]; steps: ScriptStep[]; prompt: string }) {
  const model = new ScriptedChatModel({ steps: options.steps });
  const bound = model.bindTools(options.tools);
  const messages: BaseMessage[] = [new HumanMessage(options.prompt)];
  for (let turn = 0; turn < options.steps.length; turn += 1) {
    const reply = (await bound.invoke(messages)) as AIMessage;
    messages.push(reply);
    if (!reply.tool_calls?.length) break;
    for (const call of reply.tool_calls) messages.push(await byName(options.tools, call.name).invoke(call));
  }
  return { model, messages };
}

describe('toLangChainTools', () => {
  test('one tool per visible operation plus search_tools and call_tool; excluded and deferred ones absent', () => {
    const tools = toLangChainTools([billing]);
    const visible = billing.tools.filter((tool) => !tool.deferred).map((tool) => tool.name);
    expect(tools.map((tool) => tool.name)).toEqual([...visible, 'search_tools', 'call_tool']);
    expect(tools.some((tool) => tool.name.includes('report') || tool.name.includes('api_key'))).toBe(false);
  });

  test('no meta-tools when nothing is deferred; a catalog works like its servers', () => {
    const names = toLangChainTools(createToolCatalog([billing])).map((tool) => tool.name);
    expect(names).toEqual(toLangChainTools([billing]).map((tool) => tool.name));
    const nothingDeferred = billing.tools.filter((tool) => !tool.deferred);
    expect(toLangChainTools(nothingDeferred).map((tool) => tool.name)).not.toContain('search_tools');
  });

  test('bindTools sends the descriptor JSON Schema with its constraints (a nullable enum as anyOf: Gemini takes no null in an enum)', async () => {
    const tools = toLangChainTools([billing]);
    const model = new ScriptedChatModel({ steps: [{ text: 'ok' }] });
    await model.bindTools(tools).invoke([new HumanMessage('hi')]);
    const refund = model.calls[0].tools.find((tool) => tool.name === 'billing_create_refund');
    const spec = billing.tool('billing_create_refund')!.inputSchema;
    const reason = spec.properties!.reason;
    expect(refund?.parameters).toEqual({
      ...spec,
      properties: { ...spec.properties, reason: { anyOf: [{ type: 'string', enum: (reason.enum as unknown[]).filter((value) => value !== null) }, { type: 'null' }] } },
    });
    expect(refund?.parameters).toMatchObject({
      properties: { amount: { minimum: 1 }, 'Idempotency-Key': { format: 'uuid' } },
      required: ['payment_id', 'amount'],
    });
  });

  test('a successful call returns a success tool message with the data; the ToolResult is the artifact', async () => {
    const tool = byName(toLangChainTools([billing]), 'billing_get_invoice');
    const message = (await tool.invoke({ type: 'tool_call', id: 'c1', name: tool.name, args: { invoiceId: 'in_1' } })) as ToolMessage;
    expect(message).toBeInstanceOf(ToolMessage);
    expect(message).toMatchObject({ status: 'success', tool_call_id: 'c1', name: 'billing_get_invoice' });
    expect(JSON.parse(String(message.content))).toMatchObject({ id: 'in_1', status: 'open' });
    expect(message.artifact).toMatchObject({ ok: true, status: 200 });
    expect(sent('GET', '/invoices/in_1')).toHaveLength(1);
  });

  test('invalid input comes back as an error message naming the field, and nothing is sent', async () => {
    const tool = byName(toLangChainTools([billing]), 'billing_create_customer');
    const message = (await tool.invoke({ type: 'tool_call', id: 'c2', name: tool.name, args: { email: 42 } })) as ToolMessage;
    expect(message.status).toBe('error');
    const content = JSON.parse(String(message.content));
    expect(content.error).toBe('invalid_input');
    expect(content.issues.some((issue: string) => issue.startsWith('email: '))).toBe(true);
    const bare = await tool.invoke({ email: 42 } as never);
    expect(typeof bare).toBe('string');
    expect(JSON.parse(bare as string).error).toBe('invalid_input');
    expect(sent('POST', '/customers')).toHaveLength(0);
  });

  test('an approval-gated tool is denied without a hook and sent once the hook approves', async () => {
    const args = { payment_id: 'pay_1', amount: 300 };
    const denied = byName(toLangChainTools([billing]), 'billing_create_refund');
    const message = (await denied.invoke({ type: 'tool_call', id: 'c3', name: denied.name, args })) as ToolMessage;
    expect(message.status).toBe('error');
    expect(JSON.parse(String(message.content)).error).toBe('denied');
    expect(sent('POST', '/refunds')).toHaveLength(0);

    const asked: unknown[] = [];
    const approve = ({ request }: { request: unknown }) => asked.push(request) > 0;
    const approved = byName(toLangChainTools([billing], { approve }), 'billing_create_refund');
    const ok = (await approved.invoke({ type: 'tool_call', id: 'c4', name: approved.name, args })) as ToolMessage;
    expect(ok.status).toBe('success');
    expect(asked).toEqual([{ method: 'POST', url: `${server.url}/refunds` }]);
    expect(sent('POST', '/refunds')).toHaveLength(1);
  });

  test('plain bindTools loop: search_tools reveals a deferred tool, call_tool calls it', async () => {
    const { model, messages } = await runLoop({
      tools: toLangChainTools([billing]),
      prompt: 'What is the aging report?',
      steps: [
        { toolCalls: [{ name: 'search_tools', args: { query: 'aging report' } }] },
        { toolCalls: [{ name: 'call_tool', args: { name: 'billing_get_aging_report', arguments: {} } }] },
        { text: 'Here is the aging report.' },
      ],
    });
    expect(model.calls[0].toolNames).not.toContain('billing_get_aging_report');
    const [search, call] = messages.filter((message): message is ToolMessage => ToolMessage.isInstance(message));
    expect(JSON.parse(String(search.content)).tools.map((found: { name: string }) => found.name)).toContain('billing_get_aging_report');
    expect(call.status).toBe('success');
    expect(sent('GET', '/reports/aging')).toHaveLength(1);
  });

  test('the reveals of a stored conversation are read back from its search_tools messages', async () => {
    const { messages } = await runLoop({
      tools: toLangChainTools([billing]),
      prompt: 'Find the revenue report',
      steps: [{ toolCalls: [{ name: 'search_tools', args: { query: 'revenue report' } }] }, { text: 'Found.' }],
    });
    const revealed = revealedToolNames({ messages });
    expect(revealed).toContain('billing_get_revenue_report');
    const restored = toLangChainTools([billing], { revealed: new Set(revealed) });
    const args = { name: 'billing_get_revenue_report', arguments: { from: '2026-01-01', to: '2026-12-31' } };
    const result = JSON.parse((await byName(restored, 'call_tool').invoke(args)) as string);
    expect(result).not.toHaveProperty('error');
    expect(sent('GET', '/reports/revenue')).toHaveLength(1);
  });

  test('call_tool refuses a deferred tool before a search revealed it, and reveals do not leak between tool sets', async () => {
    const conversationA = toLangChainTools([billing]);
    const conversationB = toLangChainTools([billing]);
    await byName(conversationA, 'search_tools').invoke({ query: 'aging report' });
    const call = { name: 'billing_get_aging_report', arguments: {} };
    const refused = JSON.parse((await byName(conversationB, 'call_tool').invoke(call)) as string);
    expect(refused).toMatchObject({ error: 'invalid_input', message: expect.stringContaining('search_tools first') });
    expect(sent('GET', '/reports/aging')).toHaveLength(0);
    const allowed = await byName(conversationA, 'call_tool').invoke(call);
    expect(JSON.parse(allowed as string)).not.toHaveProperty('error');
    expect(sent('GET', '/reports/aging')).toHaveLength(1);
  });

  test('call_tool passes the approval gate: a gated tool is denied without a hook', async () => {
    const tools = toLangChainTools([billing]);
    const result = JSON.parse(
      (await byName(tools, 'call_tool').invoke({ name: 'billing_create_refund', arguments: { payment_id: 'pay_1', amount: 1 } })) as string,
    );
    expect(result.error).toBe('denied');
    expect(sent('POST', '/refunds')).toHaveLength(0);
  });

  test('a gated call with invalid input is not put to the approve hook, directly or through call_tool', async () => {
    const asked: unknown[] = [];
    const tools = toLangChainTools([billing], { approve: ({ request }) => asked.push(request) > 0 });
    const args = { payment_id: 'pay_1', amount: 0 };
    const refund = byName(tools, 'billing_create_refund');
    const direct = (await refund.invoke({ type: 'tool_call', id: 'c5', name: refund.name, args })) as ToolMessage;
    const viaCallTool = JSON.parse((await byName(tools, 'call_tool').invoke({ name: 'billing_create_refund', arguments: args })) as string);
    expect(asked).toEqual([]);
    expect(sent('POST', '/refunds')).toHaveLength(0);
    expect(direct.status).toBe('error');
    for (const result of [JSON.parse(String(direct.content)), viaCallTool]) {
      expect(result).toMatchObject({ error: 'invalid_input', issues: [expect.stringMatching(/^amount: /)] });
    }
  });
});

describe('abort', () => {
  let slow: Server;
  let slowApi: ApiServer;
  let received = 0;
  let closedByClient = 0;

  beforeAll(async () => {
    slow = createServer((request) => {
      received += 1; // never answers
      request.socket.on('close', () => {
        closedByClient += 1;
      });
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    const { port } = slow.address() as AddressInfo;
    slowApi = await loadApiServer({
      name: 'slow',
      spec: {
        openapi: '3.0.3',
        info: { title: 'Slow', version: '1' },
        paths: { '/wait': { get: { operationId: 'wait', responses: { '200': { description: 'ok' } } } } },
      },
      baseUrl: `http://127.0.0.1:${port}`,
      retry: false,
    });
  });
  afterAll(async () => {
    slow.closeAllConnections();
    await new Promise((resolve) => slow.close(resolve));
  });

  test('an abort signal cancels the request in flight and rejects the call', async () => {
    const [tool] = toLangChainTools([slowApi]);
    const controller = new AbortController();
    const pending = tool.invoke({ type: 'tool_call', id: 'w1', name: tool.name, args: {} }, { signal: controller.signal });
    await expect.poll(() => received).toBe(1);
    controller.abort(new Error('user cancelled'));
    await expect(pending).rejects.toThrow();
    await expect.poll(() => closedByClient).toBe(1);
  });

  test('an already aborted signal sends nothing', async () => {
    const [tool] = toLangChainTools([slowApi]);
    const before = received;
    await expect(tool.invoke({}, { signal: AbortSignal.abort() })).rejects.toThrow();
    expect(received).toBe(before);
  });
});
