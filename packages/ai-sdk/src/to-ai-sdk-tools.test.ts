import { createToolCatalog, loadApiServer, type ApiServer } from '@apiwire/core';
import { billingSpecPath, fixtureSpecPath, librarySpecPath, loadBilling, type FixtureServer } from '@apiwire/fixtures';
import { useBilling } from '@apiwire/fixtures/vitest';
import { generateText, stepCountIs, type ModelMessage } from 'ai';
import { describe, expect, it } from 'vitest';
import { InvalidToolNameError, ToolInputError, toAISDKTools } from './index';
import {
  answerApprovals,
  offeredTools,
  scriptedLanguageModel,
  text,
  toolCall,
  toolResultSeen,
} from '@apiwire/fixtures/ai-sdk';

let server: FixtureServer;
let billing: ApiServer;

useBilling({ loadApiServer }, (loaded) => ({ server, billing } = loaded));

const prompt = 'Help with billing.';
const refundCall = toolCall({ id: 'call_refund', name: 'billing_create_refund', input: { payment_id: 'pay_1', amount: 1000 } });

/** The conversation after `result`, answered with one approval response per approval request. */
function answer(options: {
  result: { responseMessages: ModelMessage[]; content: Array<{ type: string }> };
  approved: boolean;
  reason?: string;
}): ModelMessage[] {
  return answerApprovals({
    history: [{ role: 'user', content: prompt }],
    responseMessages: options.result.responseMessages,
    content: options.result.content,
    approved: options.approved,
    reason: options.reason,
  });
}

describe('tools offered to the model', () => {
  it('offers every visible operation with its spec schema, never an excluded or deferred one', async () => {
    const { tools, toolApproval } = toAISDKTools([billing]);
    const { model, calls } = scriptedLanguageModel([[text('Nothing to do.')]]);
    await generateText({ model, tools, toolApproval, prompt });

    const offered = offeredTools(calls[0]);
    expect(offered).toContain('billing_get_customer');
    expect(offered).toContain('billing_create_refund');
    expect(offered).toContain('search_tools');
    // excluded (tag:admin): neither offered nor in the tool set
    expect(offered.some((name) => /org_chart|api_key|audit/.test(name))).toBe(false);
    expect(Object.keys(tools).some((name) => /org_chart|api_key|audit/.test(name))).toBe(false);
    // deferred (tag:reports): in the tool set, not offered
    expect(Object.keys(tools)).toContain('billing_get_revenue_report');
    expect(offered.some((name) => /report|export/.test(name))).toBe(false);

    const refund = calls[0].tools!.find((tool) => tool.name === 'billing_create_refund')!;
    // the spec's schema, but for the nullable enum, sent as anyOf: Gemini takes no null in an enum
    const { reason, ...specProperties } = billing.tool('billing_create_refund')!.inputSchema.properties!;
    expect(refund).toMatchObject({
      type: 'function',
      description: billing.tool('billing_create_refund')!.description,
      inputSchema: { ...billing.tool('billing_create_refund')!.inputSchema, properties: { ...specProperties, reason: expect.anything() } },
    });
    expect((refund as unknown as { inputSchema: { properties: { reason: unknown } } }).inputSchema.properties.reason).toEqual({
      anyOf: [{ type: 'string', enum: (reason.enum as unknown[]).filter((value) => value !== null) }, { type: 'null' }],
    });
    expect(refund).not.toHaveProperty('strict');
    expect((refund as unknown as { inputSchema: { properties: { amount: unknown } } }).inputSchema.properties.amount).toMatchObject({
      type: 'integer',
      minimum: 1,
    });
    expect(toolApproval).toEqual({ billing_create_refund: 'user-approval' });
    expect(tools.billing_create_refund.metadata).toEqual({
      source: 'apiwire',
      server: 'billing',
      id: 'billing.create_refund',
      method: 'POST',
      path: '/refunds',
      operationId: 'createRefund',
    });
  });

  it('calls the operation and shows the model the JSON response', async () => {
    const { tools, toolApproval } = toAISDKTools([billing]);
    const { model, calls } = scriptedLanguageModel([
      [toolCall({ id: 'call_1', name: 'billing_get_customer', input: { id: 'cus_2' } })],
      [text('Globex.')],
    ]);
    const result = await generateText({ model, tools, toolApproval, prompt, stopWhen: stepCountIs(4) });

    expect(result.text).toBe('Globex.');
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /customers/cus_2']);
    expect(server.requests[0].headers.authorization).toBe('Bearer test-token');
    expect(toolResultSeen(calls[1], 'call_1')).toMatchObject({
      type: 'json',
      value: { id: 'cus_2', name: 'Globex GmbH' },
    });
  });

  it('shows an HTTP error to the model as an error it can act on', async () => {
    const { tools } = toAISDKTools([billing]);
    const { model, calls } = scriptedLanguageModel([
      [toolCall({ id: 'call_1', name: 'billing_get_customer', input: { id: 'cus_404' } })],
      [text('Not found.')],
    ]);
    await generateText({ model, tools, prompt, stopWhen: stepCountIs(4) });

    expect(server.requests).toHaveLength(1);
    expect(toolResultSeen(calls[1], 'call_1')).toMatchObject({
      type: 'error-json',
      value: { error: 'http_error', status: 404 },
    });
  });

  it('returns invalid input to the model naming the field, and the server receives nothing', async () => {
    const { tools, toolApproval } = toAISDKTools([billing]);
    const { model, calls } = scriptedLanguageModel([
      [
        toolCall({ id: 'call_missing', name: 'billing_get_customer', input: {} }),
        toolCall({ id: 'call_small', name: 'billing_create_refund', input: { payment_id: 'pay_1', amount: 0 } }),
      ],
      [text('I will fix my input.')],
    ]);
    const result = await generateText({ model, tools, toolApproval, prompt, stopWhen: stepCountIs(4) });

    expect(server.requests).toEqual([]);
    // invalid input never reaches the approval step
    expect(result.content.some((part) => part.type === 'tool-approval-request')).toBe(false);
    const missing = toolResultSeen(calls[1], 'call_missing');
    expect(missing?.type).toBe('error-text');
    expect(missing?.value).toMatch(/id: required/);
    const small = toolResultSeen(calls[1], 'call_small');
    expect(small?.type).toBe('error-text');
    expect(small?.value).toMatch(/amount: .*1/);
    // the app can read the issues from the invalid tool call: SDK error -> type validation error -> ToolInputError
    const invalidCall = result.steps[0].toolCalls.find((part) => part.toolCallId === 'call_missing');
    expect(invalidCall).toMatchObject({ invalid: true });
    const cause = (invalidCall as unknown as { error: { cause: { cause: unknown } } }).error.cause.cause;
    expect(ToolInputError.isInstance(cause)).toBe(true);
    expect((cause as ToolInputError).issues).toEqual([{ path: 'id', message: 'required' }]);
  });
});

describe('deferred operations', () => {
  it('keeps a deferred tool out of the first call, finds it with search_tools, offers it next step and calls it', async () => {
    const { tools, toolApproval } = toAISDKTools([billing]);
    const { model, calls } = scriptedLanguageModel([
      [toolCall({ id: 'call_search', name: 'search_tools', input: { query: 'revenue report by month' } })],
      (call) => {
        expect(offeredTools(call)).toContain('billing_get_revenue_report');
        return [
          toolCall({
            id: 'call_report',
            name: 'billing_get_revenue_report',
            input: { from: '2026-01-01', to: '2026-12-31', group_by: 'month' },
          }),
        ];
      },
      [text('Here is the report.')],
    ]);
    const result = await generateText({ model, tools, toolApproval, prompt, stopWhen: stepCountIs(5) });

    expect(result.text).toBe('Here is the report.');
    expect(offeredTools(calls[0])).not.toContain('billing_get_revenue_report');
    const found = toolResultSeen(calls[1], 'call_search');
    expect(found?.type).toBe('json');
    const foundNames = (found?.value as { tools: Array<{ name: string }> }).tools.map((tool) => tool.name);
    expect(foundNames[0]).toBe('billing_get_revenue_report');
    // exactly the found tools join the visible ones
    expect([...offeredTools(calls[1])].sort()).toEqual([...offeredTools(calls[0]), ...foundNames].sort());
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /reports/revenue']);
    expect(server.requests[0].query).toMatchObject({ from: '2026-01-01', to: '2026-12-31', group_by: 'month' });
    expect(toolResultSeen(calls[2], 'call_report')?.type).toBe('json');
  });

  it('offers nothing for a search no tool matches well, and the closest tools with minCoverage 0', async () => {
    const query = 'weather forecast for Lisbon tomorrow: rain, wind and temperature report';
    const run = async (options?: { minCoverage: number }) => {
      const { tools } = toAISDKTools([billing], options);
      const { model, calls } = scriptedLanguageModel([[toolCall({ id: 'call_search', name: 'search_tools', input: { query } })], [text('ok')]]);
      await generateText({ model, tools, prompt, stopWhen: stepCountIs(3) });
      return { found: (toolResultSeen(calls[1], 'call_search')?.value as { tools: Array<{ name: string }> }).tools, calls };
    };
    const strict = await run();
    expect(strict.found).toEqual([]);
    expect(offeredTools(strict.calls[1])).toEqual(offeredTools(strict.calls[0]));
    const lenient = await run({ minCoverage: 0 });
    expect(lenient.found.length).toBeGreaterThan(0);
    expect(offeredTools(lenient.calls[1])).toEqual(expect.arrayContaining(lenient.found.map((tool) => tool.name)));
  });

  it('keeps reveals apart between two conversations sharing one tool set', async () => {
    const { tools } = toAISDKTools([billing]);
    const alice = scriptedLanguageModel([
      [toolCall({ id: 'call_search', name: 'search_tools', input: { query: 'aging report' } })],
      [text('Alice done.')],
    ]);
    const bob = scriptedLanguageModel([
      [toolCall({ id: 'call_health', name: 'billing_get_health', input: {} })],
      [text('Bob done.')],
    ]);
    await Promise.all([
      generateText({ model: alice.model, tools, prompt, stopWhen: stepCountIs(3) }),
      generateText({ model: bob.model, tools, prompt, stopWhen: stepCountIs(3) }),
    ]);

    expect(offeredTools(alice.calls[1])).toContain('billing_get_aging_report');
    expect(offeredTools(bob.calls[1]).some((name) => /report|export/.test(name))).toBe(false);
  });

  it('names the APIs in the search description when the deferred tools come from several, and finds the one named', async () => {
    const library = await loadApiServer({ name: 'library', spec: librarySpecPath, baseUrl: 'http://127.0.0.1:9', operations: { defer: true } });
    const { tools } = toAISDKTools([billing, library]);
    expect(tools.search_tools.description).toContain('several APIs (billing, library): start the query with the one you mean');
    expect(toAISDKTools([billing]).tools.search_tools.description).not.toContain('several APIs');
    const { model, calls } = scriptedLanguageModel([
      [toolCall({ id: 'call_search', name: 'search_tools', input: { query: 'library: list items' } })],
      [text('ok')],
    ]);
    await generateText({ model, tools, prompt, stopWhen: stepCountIs(3) });
    const found = (toolResultSeen(calls[1], 'call_search')?.value as { tools: Array<{ name: string }> }).tools.map((tool) => tool.name);
    expect(found.slice(0, 3).sort()).toEqual(library.tools.map((tool) => tool.name).sort());
    expect(offeredTools(calls[1])).toEqual(expect.arrayContaining(found));
  });

  it('honours maxResults and a renamed search tool', async () => {
    const { tools } = toAISDKTools([billing], { maxResults: 1, searchToolName: 'find_operations' });
    const { model, calls } = scriptedLanguageModel([
      [toolCall({ id: 'call_search', name: 'find_operations', input: { query: 'report' } })],
      [text('ok')],
    ]);
    await generateText({ model, tools, prompt, stopWhen: stepCountIs(3) });

    expect(offeredTools(calls[0])).toContain('find_operations');
    expect((toolResultSeen(calls[1], 'call_search')?.value as { tools: unknown[] }).tools).toHaveLength(1);
    expect(offeredTools(calls[1]).filter((name) => /report|export/.test(name))).toHaveLength(1);
  });
  it('keeps what an earlier search revealed when the conversation continues in a new call', async () => {
    const { model, calls } = scriptedLanguageModel([
      [toolCall({ id: 'call_search', name: 'search_tools', input: { query: 'aging report' } })],
      [text('Found it.')],
      [toolCall({ id: 'call_aging', name: 'billing_get_aging_report', input: {} })],
      [text('Here it is.')],
    ]);
    const first = toAISDKTools([billing]);
    const turn1 = await generateText({ model, tools: first.tools, prompt, stopWhen: stepCountIs(3) });
    const history: ModelMessage[] = [
      { role: 'user', content: prompt },
      ...turn1.responseMessages,
      { role: 'user', content: 'Now run the aging report.' },
    ];

    // the SDK's discovery lasts one call: without the conversation, the tool is hidden again
    expect(Object.keys(toAISDKTools([billing]).tools.billing_get_aging_report)).toContain('deferLoading');
    const next = toAISDKTools([billing], { messages: history });
    await generateText({ model, tools: next.tools, messages: history, stopWhen: stepCountIs(3) });

    expect(offeredTools(calls[0])).not.toContain('billing_get_aging_report');
    expect(offeredTools(calls[2])).toContain('billing_get_aging_report');
    const found = (toolResultSeen(calls[1], 'call_search')?.value as { tools: Array<{ name: string }> }).tools;
    expect([...offeredTools(calls[2])].sort()).toEqual([...offeredTools(calls[0]), ...found.map((tool) => tool.name)].sort());
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /reports/aging']);
  });
});

describe('approval-gated operations', () => {
  it('stops with an approval request even when the app forgot toolApproval; the server receives nothing', async () => {
    const { tools } = toAISDKTools([billing]);
    const { model, calls } = scriptedLanguageModel([[refundCall], [text('unused')]]);
    const result = await generateText({ model, tools, prompt, stopWhen: stepCountIs(4) });

    expect(calls).toHaveLength(1);
    expect(result.content.filter((part) => part.type === 'tool-approval-request')).toMatchObject([
      { type: 'tool-approval-request', toolCall: { toolCallId: 'call_refund', toolName: 'billing_create_refund' } },
    ]);
    expect(server.requests).toEqual([]);
  });

  it('executes exactly once after approval, and the model sees the result', async () => {
    const { tools, toolApproval } = toAISDKTools([billing]);
    const { model, calls } = scriptedLanguageModel([[refundCall], [text('Refunded.')]]);
    const first = await generateText({ model, tools, toolApproval, prompt, stopWhen: stepCountIs(4) });
    expect(server.requests).toEqual([]);

    const second = await generateText({
      model,
      tools,
      toolApproval,
      messages: answer({ result: first, approved: true }),
      stopWhen: stepCountIs(4),
    });

    expect(second.text).toBe('Refunded.');
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /refunds']);
    expect(JSON.parse(server.requests[0].body)).toEqual({ payment_id: 'pay_1', amount: 1000 });
    expect(toolResultSeen(calls[1], 'call_refund')).toMatchObject({
      type: 'json',
      value: { payment_id: 'pay_1', amount: 1000, status: 'succeeded' },
    });
  });

  it('with claimApproval, an approval sent back twice runs once: the repeat is denied and sends nothing', async () => {
    const claimed = new Set<string>();
    const claims: unknown[] = [];
    const claimApproval = async (claim: { approvalId: string; toolCallId: string; toolName: string }) => {
      claims.push(claim);
      if (claimed.has(claim.approvalId)) return false;
      claimed.add(claim.approvalId);
      return true;
    };
    const { model, calls } = scriptedLanguageModel([[refundCall], [text('Refunded.')], [text('Not again.')]]);
    const first = await generateText({ model, ...toAISDKTools([billing], { claimApproval }), prompt, stopWhen: stepCountIs(4) });
    const approved = answer({ result: first, approved: true });
    // each request builds its tools anew, as a server that keeps no state between requests does
    for (let request = 0; request < 2; request += 1) {
      await generateText({ model, ...toAISDKTools([billing], { claimApproval }), messages: approved, stopWhen: stepCountIs(4) });
    }

    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /refunds']);
    const approvalId = (first.content.find((part) => part.type === 'tool-approval-request') as { approvalId: string }).approvalId;
    expect(claims).toEqual([0, 1].map(() => ({ approvalId, toolCallId: 'call_refund', toolName: 'billing_create_refund' })));
    expect(toolResultSeen(calls[2], 'call_refund')).toEqual({
      type: 'execution-denied',
      reason: expect.stringMatching(/already used/),
    });
  });

  it('executes nothing when denied, and the model sees the denial with its reason', async () => {
    const { tools, toolApproval } = toAISDKTools([billing]);
    const { model, calls } = scriptedLanguageModel([[refundCall], [text('Understood.')]]);
    const first = await generateText({ model, tools, toolApproval, prompt, stopWhen: stepCountIs(4) });
    await generateText({
      model,
      tools,
      toolApproval,
      messages: answer({ result: first, approved: false, reason: 'Refunds are frozen today.' }),
      stopWhen: stepCountIs(4),
    });

    expect(server.requests).toEqual([]);
    expect(toolResultSeen(calls[1], 'call_refund')).toEqual({
      type: 'execution-denied',
      reason: 'Refunds are frozen today.',
    });
  });

  it('uses the approve hook verdict instead of asking a human', async () => {
    const { tools, toolApproval } = toAISDKTools([billing], {
      approve: ({ input, request }) => {
        expect(request).toEqual({ method: 'POST', url: `${server.url}/refunds` });
        return (input.amount as number) <= 5000 ? true : { approved: false, reason: 'Over the 50.00 limit.' };
      },
    });
    const { model, calls } = scriptedLanguageModel([
      [
        refundCall,
        toolCall({ id: 'call_big', name: 'billing_create_refund', input: { payment_id: 'pay_2', amount: 9000 } }),
      ],
      [text('One refunded, one refused.')],
    ]);
    const result = await generateText({ model, tools, toolApproval, prompt, stopWhen: stepCountIs(4) });

    expect(result.text).toBe('One refunded, one refused.');
    expect(server.requests.map((request) => JSON.parse(request.body))).toEqual([{ payment_id: 'pay_1', amount: 1000 }]);
    expect(toolResultSeen(calls[1], 'call_refund')?.type).toBe('json');
    expect(toolResultSeen(calls[1], 'call_big')).toEqual({ type: 'execution-denied', reason: 'Over the 50.00 limit.' });
  });

  it('still denies when the app overrides toolApproval to skip approval: the core gate sends nothing', async () => {
    const { tools } = toAISDKTools([billing]);
    const { model, calls } = scriptedLanguageModel([[refundCall], [text('Denied.')]]);
    await generateText({ model, tools, toolApproval: () => 'not-applicable', prompt, stopWhen: stepCountIs(4) });

    expect(server.requests).toEqual([]);
    expect(toolResultSeen(calls[1], 'call_refund')).toMatchObject({
      type: 'execution-denied',
      reason: expect.stringMatching(/requires human approval/),
    });
  });

  it('denies when the approve hook throws, without failing the generation', async () => {
    const { tools, toolApproval } = toAISDKTools([billing], {
      approve: () => {
        throw new Error('policy service down');
      },
    });
    const { model, calls } = scriptedLanguageModel([[refundCall], [text('Could not refund.')]]);
    const result = await generateText({ model, tools, toolApproval, prompt, stopWhen: stepCountIs(3) });

    expect(result.text).toBe('Could not refund.');
    expect(server.requests).toEqual([]);
    // the same denial as the core gate's: the hook's own text (which may hold anything) is not passed on
    expect(toolResultSeen(calls[1], 'call_refund')).toEqual({
      type: 'execution-denied',
      reason: 'the approval hook failed',
    });
  });

  it('humanApproval: false leaves the decision to the server approve hook, and denies without one', async () => {
    const hooked = await loadApiServer({
      name: 'billing',
      spec: billingSpecPath,
      baseUrl: server.url,
      auth: { headers: { Authorization: 'Bearer test-token' } },
      operations: { requireApproval: ['createRefund'] },
      approve: ({ input }) => (input.amount as number) <= 5000,
    });
    const withHook = toAISDKTools([hooked], { humanApproval: false });
    expect(withHook.toolApproval).toEqual({});
    const { model, calls } = scriptedLanguageModel([
      [refundCall, toolCall({ id: 'call_big', name: 'billing_create_refund', input: { payment_id: 'pay_2', amount: 9000 } })],
      [text('Done.')],
      [refundCall],
      [text('Denied.')],
    ]);
    await generateText({ model, ...withHook, prompt, stopWhen: stepCountIs(3) });
    expect(server.requests.map((request) => JSON.parse(request.body))).toEqual([{ payment_id: 'pay_1', amount: 1000 }]);
    expect(toolResultSeen(calls[1], 'call_big')).toMatchObject({ type: 'execution-denied' });

    server.reset();
    await generateText({ model, ...toAISDKTools([billing], { humanApproval: false }), prompt, stopWhen: stepCountIs(3) });
    expect(server.requests).toEqual([]);
    expect(toolResultSeen(calls[3], 'call_refund')).toMatchObject({ type: 'execution-denied' });
  });

  it('approves a deferred, approval-gated operation found by search, executing it once on resume', async () => {
    const gated = await loadBilling({ loadApiServer, operations: { defer: ['tag:refunds'], requireApproval: ['createRefund'] } });
    try {
      const { tools, toolApproval } = toAISDKTools([gated.billing]);
      const { model, calls } = scriptedLanguageModel([
        [toolCall({ id: 'call_search', name: 'search_tools', input: { query: 'refund a payment' } })],
        [refundCall],
        [text('Refunded.')],
      ]);
      const first = await generateText({ model, tools, toolApproval, prompt, stopWhen: stepCountIs(5) });
      expect(offeredTools(calls[0])).not.toContain('billing_create_refund');
      expect(offeredTools(calls[1])).toContain('billing_create_refund');
      expect(first.content.filter((part) => part.type === 'tool-approval-request')).toHaveLength(1);
      expect(gated.server.requests).toEqual([]);

      await generateText({ model, tools, toolApproval, messages: answer({ result: first, approved: true }), stopWhen: stepCountIs(5) });
      expect(gated.server.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /refunds']);
      expect(toolResultSeen(calls[2], 'call_refund')?.type).toBe('json');
    } finally {
      await gated.server.close();
    }
  });

  it('does not count an automatic approval from an app rule: the core gate still denies', async () => {
    const { tools } = toAISDKTools([billing]);
    const { model, calls } = scriptedLanguageModel([[refundCall], [text('Denied.')]]);
    await generateText({ model, tools, toolApproval: { billing_create_refund: 'approved' }, prompt, stopWhen: stepCountIs(3) });

    expect(server.requests).toEqual([]);
    expect(toolResultSeen(calls[1], 'call_refund')).toMatchObject({ type: 'execution-denied' });
  });

  it('rejects a forged approval when approvals are signed', async () => {
    const secret = 'a-long-random-secret-for-signing-approvals';
    const { tools, toolApproval } = toAISDKTools([billing]);
    const { model } = scriptedLanguageModel([[refundCall], [text('unused')]]);
    const first = await generateText({
      model,
      tools,
      toolApproval,
      prompt,
      experimental_toolApprovalSecret: secret,
    });
    const request = first.content.find((part) => part.type === 'tool-approval-request');
    expect(request).toHaveProperty('signature');

    // a client changes the approved input after signing
    const messages = answer({ result: first, approved: true });
    const assistant = messages[1] as { content: Array<{ type: string; input?: unknown }> };
    for (const part of assistant.content) if (part.type === 'tool-call') part.input = { payment_id: 'pay_1', amount: 50000 };
    await expect(
      generateText({ model, tools, toolApproval, messages, experimental_toolApprovalSecret: secret }),
    ).rejects.toThrow(/signature/i);
    expect(server.requests).toEqual([]);
  });
});

describe('options', () => {
  it('renames tools with prefix and separator, and search finds them by their new names', async () => {
    const { tools, toolApproval } = toAISDKTools([billing], { prefix: 'acme', separator: '-' });
    expect(Object.keys(tools)).toContain('acme-get_customer');
    expect(Object.keys(tools).some((name) => name.startsWith('billing_'))).toBe(false);
    expect(toolApproval).toEqual({ 'acme-create_refund': 'user-approval' });

    const { model, calls } = scriptedLanguageModel([
      [toolCall({ id: 'call_search', name: 'search_tools', input: { query: 'aging report overdue' } })],
      [toolCall({ id: 'call_aging', name: 'acme-get_aging_report', input: {} })],
      [text('done')],
    ]);
    await generateText({ model, tools, toolApproval, prompt, stopWhen: stepCountIs(4) });
    expect(offeredTools(calls[1])).toContain('acme-get_aging_report');
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /reports/aging']);
  });

  it('drops the prefix with prefix: false and refuses names providers reject', () => {
    expect(Object.keys(toAISDKTools([billing], { prefix: false }).tools)).toContain('get_customer');
    expect(() => toAISDKTools([billing], { separator: '.' })).toThrow(InvalidToolNameError);
    try {
      toAISDKTools([billing], { separator: '.' });
    } catch (error) {
      expect(InvalidToolNameError.isInstance(error)).toBe(true);
      expect((error as InvalidToolNameError).toolName).toBe('billing.get_health');
    }
  });

  it('sends OpenAI strict-mode schemas only when asked, and drops the nulls strict mode forces into optional fields', async () => {
    const { tools } = toAISDKTools([billing], { strict: true, provider: 'openai' });
    const { model, calls } = scriptedLanguageModel([
      [
        toolCall({
          id: 'call_list',
          name: 'billing_list_invoices',
          input: Object.fromEntries(
            Object.keys(billing.tool('billing_list_invoices')!.inputSchema.properties ?? {}).map((key) => [
              key,
              key === 'customer_id' ? 'cus_1' : null,
            ]),
          ),
        }),
      ],
      [text('done')],
    ]);
    await generateText({ model, tools, prompt, stopWhen: stepCountIs(3) });

    const listInvoices = calls[0].tools!.find((tool) => tool.name === 'billing_list_invoices') as {
      strict?: boolean;
      inputSchema: { required: string[]; properties: Record<string, unknown>; additionalProperties: boolean };
    };
    expect(listInvoices.strict).toBe(true);
    expect(listInvoices.inputSchema.additionalProperties).toBe(false);
    expect([...listInvoices.inputSchema.required].sort()).toEqual(Object.keys(listInvoices.inputSchema.properties).sort());
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0].query.customer_id).toBe('cus_1');
    expect(Object.keys(server.requests[0].query).some((key) => key.startsWith('status') || key.startsWith('created'))).toBe(false);
    expect(toolResultSeen(calls[1], 'call_list')?.type).toBe('json');
  });

  it('puts several servers in one tool set, and refuses two servers with the same tool names', async () => {
    const petstore = await loadApiServer({ name: 'pets', spec: fixtureSpecPath('petstore3.yaml'), baseUrl: 'http://127.0.0.1:9/api/v3' });
    const { tools, toolApproval } = toAISDKTools([billing, petstore]);
    expect(Object.keys(tools)).toEqual(expect.arrayContaining(['billing_get_customer', 'pets_get_pet_by_id', 'search_tools']));
    expect(tools.pets_get_pet_by_id.metadata).toMatchObject({ server: 'pets', method: 'GET', path: '/pet/{petId}' });
    expect(toolApproval).toEqual({ billing_create_refund: 'user-approval' });

    const twin = await loadApiServer({ name: 'billing', spec: billingSpecPath, baseUrl: server.url });
    expect(() => toAISDKTools([billing, twin])).toThrow(/billing/);
  });

  it('accepts a catalog as well as servers', async () => {
    const catalog = createToolCatalog([billing]);
    expect(Object.keys(toAISDKTools(catalog).tools)).toEqual(Object.keys(toAISDKTools([billing]).tools));
  });
});
