/** The LangChain adapter in the shared suite: `createApiwireMiddleware` in `createAgent` with a scripted chat model. */
import type { ToolResult } from '@apiwire/core';
import { createApiwireMiddleware } from '@apiwire/langchain';
import { ScriptedChatModel, type ScriptedCall, type ScriptStep } from '@apiwire/fixtures/langchain';
import { AIMessage, HumanMessage, ToolMessage, type BaseMessage } from '@langchain/core/messages';
import { MemorySaver } from '@langchain/langgraph';
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
  perUser({ source }) {
    // One model and one agent for every thread: each call answers from its own thread's messages.
    const planned = new Map<string, ScriptedToolCall[]>();
    const step = (call: ScriptedCall) => {
      const last = call.messages.at(-1)!;
      if (ToolMessage.isInstance(last)) return new AIMessage('Done.');
      const toolCalls = planned.get(String(last.content)) ?? [];
      return new AIMessage({ content: '', tool_calls: toolCalls.map((entry) => ({ type: 'tool_call' as const, ...entry })) });
    };
    const agent = createAgent({
      model: new ScriptedChatModel({ steps: Array.from({ length: 64 }, () => step) }),
      tools: [],
      middleware: [createApiwireMiddleware(source)],
      checkpointer: new MemorySaver(),
    });
    return async ({ user, toolCalls }) => {
      const prompt = `My invoices? (${user})`;
      planned.set(prompt, toolCalls);
      const state = await agent.invoke({ messages: [new HumanMessage(prompt)] }, { configurable: { thread_id: `thread-${user}` }, context: { user } });
      return { finalText: String(state.messages.at(-1)?.content ?? '') };
    };
  },
  // The run's runtime context carries the user; configurable carries the thread, which must be that user's.
  userOf: (callContext) => {
    const { configurable, context } = (callContext ?? {}) as { configurable?: { thread_id?: string }; context?: { user?: string } };
    return context?.user !== undefined && configurable?.thread_id === `thread-${context.user}` ? context.user : undefined;
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
