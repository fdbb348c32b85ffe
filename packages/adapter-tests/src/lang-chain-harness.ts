/** The LangChain adapter in the shared suite: `createApiwireMiddleware` in `createAgent` with a scripted chat model. */
import type { ToolResult } from '@apiwire/core';
import { createApiwireMiddleware } from '@apiwire/langchain';
import { ScriptedChatModel, type ScriptedCall, type ScriptStep } from '@apiwire/fixtures/langchain';
import { AIMessage, HumanMessage, ToolMessage, type BaseMessage } from '@langchain/core/messages';
import { createAgent } from 'langchain';
import type { AdapterHarness, ScriptedToolCall, ToolOutcome } from './adapter-harness';

/** Runs each conversation through `agent.invoke`, reading the tool messages the model received. */
export const langChainHarness: AdapterHarness = {
  name: 'LangChain (createAgent + middleware)',
  async run({ source, toolCalls, followUp, approve, results, signal }) {
    const steps: ScriptStep[] = [{ toolCalls }];
    if (followUp) {
      steps.push((call: ScriptedCall) => {
        const next: ScriptedToolCall[] = followUp((id) => outcomeIn(call.messages, id));
        return new AIMessage({ content: '', tool_calls: next.map((entry) => ({ type: 'tool_call' as const, ...entry })) });
      });
    }
    steps.push({ text: 'Done.' });
    const model = new ScriptedChatModel({ steps });
    const agent = createAgent({
      model,
      tools: [],
      middleware: [createApiwireMiddleware(source, { ...(approve === undefined ? {} : { approve }), ...(results === undefined ? {} : { results }) })],
    });
    const state = await agent.invoke({ messages: [new HumanMessage('Help with billing.')] }, { signal });
    return {
      finalText: String(state.messages.at(-1)?.content ?? ''),
      seen: (toolCallId) => model.calls.slice(1).map((call) => outcomeIn(call.messages, toolCallId)).find((outcome) => outcome !== undefined),
      appResult: (toolCallId) => toolMessage(state.messages, toolCallId)?.artifact as ToolResult | undefined,
    };
  },
};

function toolMessage(messages: BaseMessage[], toolCallId: string): ToolMessage | undefined {
  return messages.find((candidate): candidate is ToolMessage => ToolMessage.isInstance(candidate) && candidate.tool_call_id === toolCallId);
}

/** What the model read for `toolCallId` among the messages of one call. */
function outcomeIn(messages: BaseMessage[], toolCallId: string): ToolOutcome | undefined {
  const message = toolMessage(messages, toolCallId);
  return message === undefined ? undefined : { error: message.status === 'error', text: String(message.content) };
}
