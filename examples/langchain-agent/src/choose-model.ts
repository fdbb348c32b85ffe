/** Picks the chat model: a real one when an API key is set (and not --ci), else a scripted fake that plays the demo. */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AIMessage, type BaseMessage, ToolMessage } from '@langchain/core/messages';
import { fakeModel } from 'langchain';

/** The model and a name to print. */
export async function chooseModel(options: { ci: boolean }): Promise<{ model: BaseChatModel; name: string }> {
  if (!options.ci && process.env.OPENAI_API_KEY) {
    const { ChatOpenAI } = await import('@langchain/openai');
    const name = process.env.OPENAI_MODEL ?? 'gpt-4o-mini';
    return { model: new ChatOpenAI({ model: name, temperature: 0 }), name: `OpenAI ${name} (OPENAI_API_KEY is set)` };
  }
  if (!options.ci && process.env.ANTHROPIC_API_KEY) {
    const { ChatAnthropic } = await import('@langchain/anthropic');
    const name = process.env.ANTHROPIC_MODEL ?? 'claude-3-5-haiku-latest';
    return { model: new ChatAnthropic({ model: name, temperature: 0 }), name: `Anthropic ${name} (ANTHROPIC_API_KEY is set)` };
  }
  return {
    model: scriptedModel(),
    name: "a scripted model: no OPENAI_API_KEY or ANTHROPIC_API_KEY is set (or --ci), so the model's turns are played from a script; the tools, HTTP calls, search and approval are real",
  };
}

/** What a careful model would do: find the report, read it (fixing a bad date once), ask for the refund, sum up. */
function scriptedModel(): BaseChatModel {
  return fakeModel()
    .respond(say('Reports are deferred; let me search for the aging report.', 'search_tools', { query: 'aging report' }))
    .respond(say('Found it.', 'billing_get_aging_report', { as_of: 'last friday' }))
    .respond(say('The date must be YYYY-MM-DD; today then.', 'billing_get_aging_report', {}))
    .respond(say('Now the refund.', 'billing_create_refund', { payment_id: 'pay_1', amount: 2500, reason: 'duplicate' }))
    .respond((messages: BaseMessage[]) => {
      const last = messages.at(-1);
      const refunded = ToolMessage.isInstance(last) && last.status !== 'error';
      return new AIMessage(
        refunded
          ? 'The aging report is above; the 25.00 refund on pay_1 is done.'
          : `The aging report is above; no refund was made (${last?.text}).`,
      );
    });
}

let calls = 0;
function say(text: string, name: string, args: Record<string, unknown>): AIMessage {
  calls += 1;
  return new AIMessage({ content: text, tool_calls: [{ type: 'tool_call', name, args, id: `call_${calls}` }] });
}
