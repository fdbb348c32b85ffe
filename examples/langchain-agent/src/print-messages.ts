/** Prints agent messages to the shared demo transcript: the model's turns, each call with its request and result. */
import type { ToolResult } from '@apiwire/core';
import type { Transcript } from '@apiwire/example-transcript';
import { AIMessage, type BaseMessage, HumanMessage, ToolMessage } from '@langchain/core/messages';

/** The conversation, where to start printing, the tools each model call was offered (consumed in order). */
export interface PrintMessagesOptions {
  messages: readonly BaseMessage[];
  /** Index of the first message not printed yet. */
  from: number;
  offered: string[][];
  transcript: Transcript;
  /** Tool call ids whose outcome was printed already (a declined approval), skipped here. */
  shown: ReadonlySet<string>;
}

/** One line (wrapped) per event, the same lines `pnpm demo` prints for the AI SDK. */
export function printMessages(options: PrintMessagesOptions): void {
  const { transcript } = options;
  const inputs = new Map<string, unknown>();
  for (const message of options.messages) {
    if (AIMessage.isInstance(message)) for (const call of message.tool_calls ?? []) if (call.id) inputs.set(call.id, call.args);
  }
  for (const message of options.messages.slice(options.from)) {
    if (HumanMessage.isInstance(message)) transcript.user(message.text);
    else if (AIMessage.isInstance(message)) {
      const tools = options.offered.shift();
      if (tools) transcript.modelSees(tools);
      transcript.model(message.text);
    } else if (ToolMessage.isInstance(message) && !options.shown.has(message.tool_call_id)) {
      transcript.call({ name: message.name ?? 'tool', input: inputs.get(message.tool_call_id) ?? {} });
      printOutcome({ transcript, message });
    }
  }
}

/** A tool message's outcome: apiwire tools carry the ToolResult, search_tools `{ result: { tools } }`. */
function printOutcome(options: { transcript: Transcript; message: ToolMessage }): void {
  const { transcript, message } = options;
  const artifact = message.artifact as { ok?: unknown; result?: { ok?: unknown; tools?: Array<{ name: string }> } } | undefined;
  if (artifact && 'ok' in artifact) transcript.result(artifact as ToolResult);
  else if (Array.isArray(artifact?.result?.tools)) transcript.revealed(artifact.result.tools.map((tool) => tool.name));
  else if (artifact?.result && 'ok' in artifact.result) transcript.result(artifact.result as ToolResult);
  else transcript.notSent({ kind: message.status === 'error' ? 'error' : 'result', message: message.text });
}
