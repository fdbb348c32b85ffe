/** Test support: posts a conversation to a web chat's /api/chat as `useChat` does and reads the streamed reply. */
import { readUIMessageStream, type UIMessage, type UIMessageChunk } from 'ai';
import { convertArrayToReadableStream } from 'ai/test';

/**
 * The assistant message streamed back for `messages` (continuing the last one when it is the assistant's, as
 * `useChat` does after an approval), and the stream's error text, if any.
 */
export async function postChat(options: { url: string; messages: UIMessage[] }): Promise<{ assistant: UIMessage; errorText?: string }> {
  const response = await fetch(new URL('api/chat', options.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ messages: options.messages }),
  });
  if (response.status !== 200) throw new Error(`POST /api/chat answered ${response.status}: ${await response.text()}`);
  const chunks = (await response.text())
    .split('\n')
    .filter((line) => line.startsWith('data: {'))
    .map((line) => JSON.parse(line.slice('data: '.length)) as UIMessageChunk);
  let assistant: UIMessage | undefined;
  const last = options.messages.at(-1);
  const stream = convertArrayToReadableStream(chunks);
  for await (const message of readUIMessageStream({ stream, ...(last?.role === 'assistant' ? { message: structuredClone(last) } : {}) })) {
    assistant = message;
  }
  if (assistant === undefined) throw new Error('POST /api/chat streamed no assistant message.');
  const error = chunks.find((chunk) => chunk.type === 'error');
  return { assistant, errorText: error?.errorText };
}
