/** A scripted stand-in for an LLM: plays the demo's billing conversation step by step, reading tool results. */
import { MockLanguageModelV4, convertArrayToReadableStream } from 'ai/test';

type ModelCall = Parameters<MockLanguageModelV4['doGenerate']>[0];
type StreamPart = Awaited<ReturnType<MockLanguageModelV4['doStream']>>['stream'] extends ReadableStream<infer Part> ? Part : never;
type Content = { type: 'text'; text: string } | { type: 'tool-call'; toolCallId: string; toolName: string; input: string };

const usage = {
  inputTokens: { total: 0, noCache: 0, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 0, text: 0, reasoning: undefined },
};

/** Every tool result the model has seen so far, by tool name, latest last. */
function toolResults(call: ModelCall): Map<string, unknown[]> {
  const names = new Map<string, string>();
  const results = new Map<string, unknown[]>();
  for (const message of call.prompt) {
    for (const part of typeof message.content === 'string' ? [] : message.content) {
      if (part.type === 'tool-call') names.set(part.toolCallId, part.toolName);
      if (part.type === 'tool-result') {
        const name = names.get(part.toolCallId) ?? part.toolName;
        const value = 'value' in part.output ? part.output.value : part.output;
        results.set(name, [...(results.get(name) ?? []), value]);
      }
    }
  }
  return results;
}

/** The first string field `key` found anywhere in `value` whose text starts with `prefix`. */
function findId(value: unknown, prefix: string): string | undefined {
  if (typeof value === 'string') return value.startsWith(prefix) ? value : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const item of Object.values(value)) {
    const found = findId(item, prefix);
    if (found) return found;
  }
  return undefined;
}

/** The amount of payment `id` anywhere in the results seen (0 when not found, which the API rejects). */
function findAmount(value: unknown, id: string): number {
  if (value === null || typeof value !== 'object') return 0;
  const record = value as { id?: unknown; amount?: unknown };
  if (record.id === id && typeof record.amount === 'number') return record.amount;
  for (const item of Object.values(value)) {
    const amount = findAmount(item, id);
    if (amount > 0) return amount;
  }
  return 0;
}

function call(name: string, input: unknown): Content[] {
  calls += 1;
  return [{ type: 'tool-call', toolCallId: `call_${calls}_${name}`, toolName: name, input: JSON.stringify(input) }];
}

let calls = 0;

/** Decides the next step from what the conversation holds so far, like a (very predictable) model would. */
function nextStep(request: ModelCall): Content[] {
  const seen = toolResults(request);
  const offered = new Set((request.tools ?? []).map((tool) => tool.name));
  if (!seen.has('billing_search_customers')) return call('billing_search_customers', { q: 'Acme' });
  const customer = findId(seen.get('billing_search_customers'), 'cus_') ?? 'cus_1';
  if (!seen.has('billing_list_payments')) return call('billing_list_payments', { customer });
  if (!seen.has('search_tools')) return call('search_tools', { query: 'monthly revenue report' });
  if (!seen.has('billing_get_revenue_report') && offered.has('billing_get_revenue_report')) {
    return call('billing_get_revenue_report', { from: '2026-01-01', to: '2026-12-31', group_by: 'month' });
  }
  const payment = findId(seen.get('billing_list_payments'), 'pay_') ?? 'pay_1';
  const refunds = seen.get('billing_create_refund') ?? [];
  // The first try forgets the required amount: the validation error comes back and the model corrects itself.
  if (refunds.length === 0) return call('billing_create_refund', { payment_id: payment, reason: 'requested_by_customer' });
  const amount = findAmount(seen.get('billing_list_payments'), payment);
  if (refunds.length === 1 && typeof refunds[0] === 'string' && /amount/.test(refunds[0])) {
    return call('billing_create_refund', { payment_id: payment, amount, reason: 'requested_by_customer' });
  }
  const refund = refunds.at(-1);
  const refunded = findId(refund, 're_');
  return [
    {
      type: 'text',
      text: refunded
        ? `Refunded ${payment} for Acme Corp (refund ${refunded}). The monthly revenue report for 2026 is above.`
        : `The refund of ${payment} was not made (it was not approved). The monthly revenue report for 2026 is above.`,
    },
  ];
}

/** A MockLanguageModelV4 that runs the demo conversation, for generateText (doGenerate) and streamText (doStream). */
export function scriptedModel(): MockLanguageModelV4 {
  const finishReason = (content: Content[]) => ({
    unified: content.some((part) => part.type === 'tool-call') ? ('tool-calls' as const) : ('stop' as const),
    raw: undefined,
  });
  return new MockLanguageModelV4({
    provider: 'scripted',
    modelId: 'demo-script',
    doGenerate: async (request) => {
      const content = nextStep(request);
      return { content, finishReason: finishReason(content), usage, warnings: [] };
    },
    doStream: async (request) => {
      const content = nextStep(request);
      const parts = content.flatMap((part, index): StreamPart[] =>
        part.type === 'text'
          ? [
              { type: 'text-start', id: `text_${index}` },
              { type: 'text-delta', id: `text_${index}`, delta: part.text },
              { type: 'text-end', id: `text_${index}` },
            ]
          : [part],
      );
      return {
        stream: convertArrayToReadableStream<StreamPart>([
          { type: 'stream-start', warnings: [] },
          ...parts,
          { type: 'finish', finishReason: finishReason(content), usage },
        ]),
      };
    },
  });
}
