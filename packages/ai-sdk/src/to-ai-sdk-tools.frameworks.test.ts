import { loadApiServer, type ApiServer } from '@apiwire/core';
import { billingSpecPath, pollUntil, startSilentServer, type FixtureServer } from '@apiwire/fixtures';
import { useBilling } from '@apiwire/fixtures/vitest';
import { ToolLoopAgent, stepCountIs, streamText, type ModelMessage } from 'ai';
import { describe, expect, it } from 'vitest';
import { toAISDKTools } from './index';
import {
  answerApprovals,
  offeredTools,
  scriptedLanguageModel,
  text,
  toolCall,
  toolResultSeen,
  type ScriptedStep,
} from '@apiwire/fixtures/ai-sdk';

let server: FixtureServer;
let billing: ApiServer;

useBilling({ loadApiServer }, (loaded) => ({ server, billing } = loaded));

const history: ModelMessage[] = [{ role: 'user', content: 'Help with billing.' }];
const refundCall = toolCall({ id: 'call_refund', name: 'billing_create_refund', input: { payment_id: 'pay_1', amount: 1000 } });

/** The deferred flow's script: search, then call what was found, then answer. */
function deferredScript(): ScriptedStep[] {
  return [
    [toolCall({ id: 'call_search', name: 'search_tools', input: { query: 'accounts receivable aging' } })],
    (call) => {
      expect(offeredTools(call)).toContain('billing_get_aging_report');
      return [toolCall({ id: 'call_aging', name: 'billing_get_aging_report', input: { as_of: '2026-12-01' } })];
    },
    [text('Aging report ready.')],
  ];
}

/** A generation as the three APIs return it, awaited: what the tests read. */
interface Outcome {
  text: string;
  content: Array<{ type: string }>;
  responseMessages: ModelMessage[];
}

type Run = (options: {
  model: ReturnType<typeof scriptedLanguageModel>['model'];
  tools: ReturnType<typeof toAISDKTools>['tools'];
  toolApproval: ReturnType<typeof toAISDKTools>['toolApproval'];
  messages: ModelMessage[];
  abortSignal?: AbortSignal;
}) => Promise<Outcome>;

const runs: Array<[string, Run]> = [
  [
    'streamText',
    async ({ model, tools, toolApproval, messages, abortSignal }) => {
      const errors: unknown[] = [];
      const result = streamText({
        model,
        tools,
        toolApproval,
        messages,
        abortSignal,
        stopWhen: stepCountIs(5),
        onError: ({ error }) => {
          errors.push(error);
        },
      });
      await result.consumeStream();
      if (abortSignal?.aborted) throw abortSignal.reason;
      if (errors.length > 0) throw errors[0];
      return {
        text: await result.text,
        content: await result.content,
        responseMessages: await result.responseMessages,
      };
    },
  ],
  [
    'ToolLoopAgent.generate',
    async ({ model, tools, toolApproval, messages, abortSignal }) => {
      const agent = new ToolLoopAgent({ model, tools, toolApproval, stopWhen: stepCountIs(5) });
      const result = await agent.generate({ messages, abortSignal });
      return { text: result.text, content: result.content, responseMessages: result.responseMessages };
    },
  ],
  [
    'ToolLoopAgent.stream',
    async ({ model, tools, toolApproval, messages, abortSignal }) => {
      const agent = new ToolLoopAgent({ model, tools, toolApproval, stopWhen: stepCountIs(5) });
      const result = await agent.stream({ messages, abortSignal });
      await result.consumeStream();
      if (abortSignal?.aborted) throw abortSignal.reason;
      return {
        text: await result.text,
        content: await result.content,
        responseMessages: await result.responseMessages,
      };
    },
  ],
];

describe.each(runs)('%s', (_name, run) => {
  it('reveals a deferred tool through search_tools on the next step and calls it', async () => {
    const { tools, toolApproval } = toAISDKTools([billing]);
    const { model, calls } = scriptedLanguageModel(deferredScript());
    const outcome = await run({ model, tools, toolApproval, messages: history });

    expect(outcome.text).toBe('Aging report ready.');
    expect(offeredTools(calls[0])).not.toContain('billing_get_aging_report');
    expect(offeredTools(calls[0])).not.toContain('billing_get_revenue_report');
    expect(server.requests.map((request) => request.url)).toEqual(['/v1/reports/aging?as_of=2026-12-01']);
    expect(toolResultSeen(calls[2], 'call_aging')?.type).toBe('json');
  });

  it('stops for approval, then executes exactly once when approved', async () => {
    const { tools, toolApproval } = toAISDKTools([billing]);
    const { model, calls } = scriptedLanguageModel([[refundCall], [text('Refunded.')]]);
    const first = await run({ model, tools, toolApproval, messages: history });

    expect(first.content.filter((part) => part.type === 'tool-approval-request')).toHaveLength(1);
    expect(server.requests).toEqual([]);

    const second = await run({
      model,
      tools,
      toolApproval,
      messages: answerApprovals({ history, ...first, approved: true }),
    });
    expect(second.text).toBe('Refunded.');
    expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /refunds']);
    expect(toolResultSeen(calls[1], 'call_refund')).toMatchObject({ type: 'json', value: { amount: 1000 } });
  });

  it('sends nothing when denied, and the model sees the denial', async () => {
    const { tools, toolApproval } = toAISDKTools([billing]);
    const { model, calls } = scriptedLanguageModel([[refundCall], [text('Not refunded.')]]);
    const first = await run({ model, tools, toolApproval, messages: history });
    const second = await run({
      model,
      tools,
      toolApproval,
      messages: answerApprovals({ history, ...first, approved: false, reason: 'No.' }),
    });

    expect(second.text).toBe('Not refunded.');
    expect(server.requests).toEqual([]);
    expect(toolResultSeen(calls[1], 'call_refund')).toEqual({ type: 'execution-denied', reason: 'No.' });
  });

  it('uses the approve hook verdict without stopping', async () => {
    const { tools, toolApproval } = toAISDKTools([billing], {
      approve: ({ input }) => (input.amount as number) <= 5000 || { approved: false, reason: 'Too much.' },
    });
    const { model, calls } = scriptedLanguageModel([
      [refundCall, toolCall({ id: 'call_big', name: 'billing_create_refund', input: { payment_id: 'pay_2', amount: 9000 } })],
      [text('One of two.')],
    ]);
    const outcome = await run({ model, tools, toolApproval, messages: history });

    expect(outcome.text).toBe('One of two.');
    expect(server.requests.map((request) => JSON.parse(request.body))).toEqual([{ payment_id: 'pay_1', amount: 1000 }]);
    expect(toolResultSeen(calls[1], 'call_big')).toEqual({ type: 'execution-denied', reason: 'Too much.' });
  });

  it('returns invalid input to the model and sends nothing', async () => {
    const { tools, toolApproval } = toAISDKTools([billing]);
    const { model, calls } = scriptedLanguageModel([
      [toolCall({ id: 'call_bad', name: 'billing_get_invoice', input: { invoice: 'in_1' } })],
      [text('Retrying.')],
    ]);
    await run({ model, tools, toolApproval, messages: history });

    expect(server.requests).toEqual([]);
    expect(toolResultSeen(calls[1], 'call_bad')).toMatchObject({
      type: 'error-text',
      value: expect.stringMatching(/invoiceId: required/),
    });
  });

  it('cancels the in-flight HTTP request when aborted', async () => {
    const silent = await startSilentServer();
    try {
      const slowServer = await loadApiServer({
        name: 'billing',
        spec: billingSpecPath,
        baseUrl: `${silent.url}/v1`,
        retry: false,
      });
      const { tools, toolApproval } = toAISDKTools([slowServer]);
      const { model } = scriptedLanguageModel([
        [toolCall({ id: 'call_1', name: 'billing_get_invoice', input: { invoiceId: 'in_1' } })],
        [text('unused')],
      ]);
      const controller = new AbortController();
      const outcome = run({ model, tools, toolApproval, messages: history, abortSignal: controller.signal });
      await pollUntil(() => silent.received.length === 1);
      controller.abort();
      await expect(outcome).rejects.toThrow(/abort/i);
      await pollUntil(() => silent.hungUp() === 1);
    } finally {
      await silent.close();
    }
  });
});
