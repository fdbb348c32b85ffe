/** POST /api/chat: the browser's UI messages in, a UI message stream of the agent's next turn out. */
import type { ApiServer } from '@apiwire/core';
import { toAISDKTools, type ClaimApproval } from '@apiwire/ai-sdk';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  InvalidToolApprovalSignatureError,
  convertToModelMessages,
  pipeUIMessageStreamToResponse,
  stepCountIs,
  streamText,
  toUIMessageStream,
  validateUIMessages,
  type LanguageModel,
} from 'ai';

/** What the chat endpoint needs: the registered API, the model, and the secret that signs approvals. */
export interface ChatOptions {
  api: ApiServer;
  model: LanguageModel;
  /** Signs every approval request the server issues; an approval coming back must carry a matching signature. */
  approvalSecret: string | Uint8Array;
  /** Makes each approval single-use: a signed approval sent again (a replayed or retried request) is refused. */
  claimApproval: ClaimApproval;
}

/** Streams the agent's next turn for the conversation in the request body (`{ messages }`, as `useChat` posts it). */
export async function handleChat(
  options: ChatOptions & { request: IncomingMessage; response: ServerResponse },
): Promise<void> {
  const { request, response } = options;
  let messages;
  try {
    const body = JSON.parse(await readBody(request)) as { messages?: unknown };
    messages = await validateUIMessages({ messages: body.messages });
  } catch (error) {
    response.writeHead(400, { 'content-type': 'text/plain' }).end(`Bad chat request: ${(error as Error).message}`);
    return;
  }
  // The browser holds the conversation: tool outputs in it become model input again with apiwire's formatting,
  // and tools that earlier searches revealed stay offered (`messages`), with no state kept on this server.
  const modelMessages = await convertToModelMessages(messages, { tools: toAISDKTools([options.api]).tools });
  const { tools, toolApproval } = toAISDKTools([options.api], { messages: modelMessages, claimApproval: options.claimApproval });
  const result = streamText({
    model: options.model,
    tools,
    toolApproval,
    messages: modelMessages,
    stopWhen: stepCountIs(10),
    experimental_toolApprovalSecret: options.approvalSecret,
    onError: ({ error }) => console.error(`chat: ${error instanceof Error ? error.message : String(error)}`),
  });
  const stream = toUIMessageStream({
    stream: result.stream,
    tools,
    originalMessages: messages,
    // What the page shows for a failed turn, or for a tool call whose input the model got wrong.
    onError: (error) =>
      InvalidToolApprovalSignatureError.isInstance(error)
        ? 'Approval refused: its signature does not match the tool call (forged or altered in the browser).'
        : error instanceof Error
          ? error.message
          : String(error),
  });
  await pipeUIMessageStreamToResponse({ response, stream });
}

/** The request body as text, refused past 1 MB. */
async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > 1_000_000) throw new Error('the body is over 1 MB');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
