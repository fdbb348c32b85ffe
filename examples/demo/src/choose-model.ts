/** The model of the smaller AI SDK examples: OpenAI or Anthropic when a key is set (and not --ci), else a scripted mock. */
import { anthropic } from '@ai-sdk/anthropic';
import { openai } from '@ai-sdk/openai';
import type { LanguageModel } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';

/** What the scripted model receives in one call. */
export type ModelCall = Parameters<MockLanguageModelV4['doGenerate']>[0];

/** One scripted reply: text and tool calls, from what the model was sent. */
export type ScriptedReply = (call: ModelCall) => Array<
  { type: 'text'; text: string } | { type: 'tool-call'; toolCallId: string; toolName: string; input: string }
>;

/** A real model when OPENAI_API_KEY or ANTHROPIC_API_KEY is set and `ci` is false; the script otherwise. */
export function chooseModel(options: { ci: boolean; script: ScriptedReply[] }): {
  model: Exclude<LanguageModel, string>;
  name: string;
} {
  if (!options.ci && process.env.OPENAI_API_KEY) {
    const id = process.env.OPENAI_MODEL ?? 'gpt-4.1-mini';
    return { model: openai(id), name: `openai:${id}` };
  }
  if (!options.ci && process.env.ANTHROPIC_API_KEY) {
    const id = process.env.ANTHROPIC_MODEL ?? 'claude-haiku-4-5';
    return { model: anthropic(id), name: `anthropic:${id}` };
  }
  let step = 0;
  const model = new MockLanguageModelV4({
    doGenerate: async (call) => {
      const reply = options.script[step++];
      const content = reply ? reply(call) : [{ type: 'text' as const, text: 'Done.' }];
      return {
        content,
        finishReason: { unified: content.some((part) => part.type === 'tool-call') ? 'tool-calls' : 'stop', raw: undefined },
        usage: {
          inputTokens: { total: undefined, noCache: undefined, cacheRead: undefined, cacheWrite: undefined },
          outputTokens: { total: undefined, text: undefined, reasoning: undefined },
        },
        warnings: [],
      };
    },
  });
  return { model, name: 'scripted mock model' };
}

/** A scripted tool call. */
export function callTool(id: string, toolName: string, input: unknown) {
  return { type: 'tool-call' as const, toolCallId: id, toolName, input: JSON.stringify(input) };
}

/** The last tool result the model was shown, as JSON (or text). */
export function lastToolOutput(call: ModelCall): unknown {
  const results = call.prompt.flatMap((message) =>
    message.role === 'tool' ? message.content.filter((part) => part.type === 'tool-result') : [],
  );
  const output = results.at(-1)?.output as { type: string; value?: unknown; reason?: string } | undefined;
  return output?.type === 'execution-denied' ? { denied: output.reason } : output?.value;
}
