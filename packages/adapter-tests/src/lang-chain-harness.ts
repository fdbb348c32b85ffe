/** The LangChain adapter in the shared suite: `createApiwireMiddleware` in `createAgent` with a scripted chat model. */
import { createApiwireMiddleware } from '@apiwire/langchain';
import { ScriptedChatModel } from '@apiwire/fixtures/langchain';
import { HumanMessage, ToolMessage } from '@langchain/core/messages';
import { createAgent } from 'langchain';
import type { AdapterHarness } from './adapter-harness';

/** Runs each conversation through `agent.invoke`, reading the tool messages of the model's second call. */
export const langChainHarness: AdapterHarness = {
  name: 'LangChain (createAgent + middleware)',
  async run({ source, toolCalls, approve, signal }) {
    const model = new ScriptedChatModel({ steps: [{ toolCalls }, { text: 'Done.' }] });
    const agent = createAgent({
      model,
      tools: [],
      middleware: [createApiwireMiddleware(source, approve === undefined ? {} : { approve })],
    });
    const state = await agent.invoke({ messages: [new HumanMessage('Help with billing.')] }, { signal });
    return {
      finalText: String(state.messages.at(-1)?.content ?? ''),
      seen(toolCallId) {
        const message = model.calls[1]?.messages.find(
          (candidate): candidate is ToolMessage => ToolMessage.isInstance(candidate) && candidate.tool_call_id === toolCallId,
        );
        if (message === undefined) return undefined;
        return { error: message.status === 'error', text: String(message.content) };
      },
    };
  },
};
