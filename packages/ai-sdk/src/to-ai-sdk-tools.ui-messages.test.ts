import { loadApiServer, type ApiServer } from '@apiwire/core';
import { type FixtureServer } from '@apiwire/fixtures';
import { useBilling } from '@apiwire/fixtures/vitest';
import { convertToModelMessages, readUIMessageStream, stepCountIs, streamText, type UIMessage } from 'ai';
import { describe, expect, it } from 'vitest';
import { toAISDKTools } from './index';
import { scriptedLanguageModel, text, toolCall, toolResultSeen } from '@apiwire/fixtures/ai-sdk';

let server: FixtureServer;
let billing: ApiServer;

useBilling({ loadApiServer }, (loaded) => ({ server, billing } = loaded));

const secret = 'a-long-random-secret-for-signing-approvals';
const user: UIMessage = { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Refund 10.00 of pay_1.' }] };

/** The assistant UI message a chat client builds from one streamText response. */
async function assistantMessage(result: ReturnType<typeof streamText>): Promise<UIMessage> {
  let last: UIMessage | undefined;
  for await (const message of readUIMessageStream({ stream: result.toUIMessageStream() })) last = message;
  return last!;
}

/** What `useChat`'s addToolApprovalResponse does to the message, plus an optional tampering with the input. */
function respond(message: UIMessage, options: { approved: boolean; input?: unknown }): UIMessage {
  return {
    ...message,
    parts: message.parts.map((part) =>
      'state' in part && part.state === 'approval-requested'
        ? ({
            ...part,
            ...(options.input === undefined ? {} : { input: options.input }),
            state: 'approval-responded',
            approval: { ...part.approval, approved: options.approved },
          } as unknown as typeof part)
        : part,
    ),
  };
}

describe('a chat UI round trip (useChat messages through convertToModelMessages)', () => {
  it('asks in the UI stream, then executes once when the signed approval comes back', async () => {
    const { tools, toolApproval } = toAISDKTools([billing]);
    const { model, calls } = scriptedLanguageModel([
      [toolCall({ id: 'call_refund', name: 'billing_create_refund', input: { payment_id: 'pay_1', amount: 1000 } })],
      [text('Refunded.')],
    ]);
    const first = streamText({
      model,
      tools,
      toolApproval,
      messages: await convertToModelMessages([user], { tools }),
      stopWhen: stepCountIs(4),
      experimental_toolApprovalSecret: secret,
    });
    const assistant = await assistantMessage(first);
    const requested = assistant.parts.find((part) => 'state' in part && part.state === 'approval-requested');
    expect(requested).toMatchObject({
      type: 'dynamic-tool',
      toolName: 'billing_create_refund',
      approval: { signature: expect.any(String) },
      toolMetadata: { server: 'billing', method: 'POST', path: '/refunds' },
    });
    expect(server.requests).toEqual([]);

    const second = streamText({
      model,
      tools,
      toolApproval,
      messages: await convertToModelMessages([user, respond(assistant, { approved: true })], { tools }),
      stopWhen: stepCountIs(4),
      experimental_toolApprovalSecret: secret,
    });
    await second.consumeStream();
    expect(await second.text).toBe('Refunded.');
    expect(server.requests.map((request) => `${request.method} ${request.path} ${request.body}`)).toEqual([
      'POST /refunds {"payment_id":"pay_1","amount":1000}',
    ]);
    expect(toolResultSeen(calls[1], 'call_refund')?.type).toBe('json');
  });

  it('refuses an approval whose input the client changed after signing, and sends nothing', async () => {
    const { tools, toolApproval } = toAISDKTools([billing]);
    const { model } = scriptedLanguageModel([
      [toolCall({ id: 'call_refund', name: 'billing_create_refund', input: { payment_id: 'pay_1', amount: 1000 } })],
      [text('unused')],
    ]);
    const first = streamText({
      model,
      tools,
      toolApproval,
      messages: await convertToModelMessages([user], { tools }),
      experimental_toolApprovalSecret: secret,
    });
    const tampered = respond(await assistantMessage(first), {
      approved: true,
      input: { payment_id: 'pay_1', amount: 50000 },
    });
    const errors: unknown[] = [];
    const second = streamText({
      model,
      tools,
      toolApproval,
      messages: await convertToModelMessages([user, tampered], { tools }),
      experimental_toolApprovalSecret: secret,
      onError: ({ error }) => {
        errors.push(error);
      },
    });
    await second.consumeStream();
    expect(String(errors[0])).toMatch(/signature/i);
    expect(server.requests).toEqual([]);
  });
});
