/** A MockLanguageModelV4 that answers each call (generate or stream) with the next scripted step, for tests. */
import { MockLanguageModelV4, convertArrayToReadableStream } from 'ai/test';

/** A stream part the model emits. */
type StreamPart = Awaited<ReturnType<MockLanguageModelV4['doStream']>>['stream'] extends ReadableStream<infer Part> ? Part : never;

/** What the SDK sent to the model in one call. */
export type ModelCall = Parameters<MockLanguageModelV4['doGenerate']>[0];

/** One piece of a scripted model response. */
export type ScriptedContent =
  | { type: 'text'; text: string }
  | { type: 'tool-call'; toolCallId: string; toolName: string; input: string };

/** One model step: the response content, possibly computed from what the model received. */
export type ScriptedStep = ScriptedContent[] | ((call: ModelCall) => ScriptedContent[]);

/** A tool call by the model. */
export function toolCall(options: { id: string; name: string; input: unknown }): ScriptedContent {
  return { type: 'tool-call', toolCallId: options.id, toolName: options.name, input: JSON.stringify(options.input) };
}

/** Text by the model. */
export function text(value: string): ScriptedContent {
  return { type: 'text', text: value };
}

const usage = {
  inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 5, text: 5, reasoning: undefined },
};

/** A model that plays `steps` in order across all its calls; `calls` lists what each call received. */
export function scriptedLanguageModel(steps: ScriptedStep[]): { model: MockLanguageModelV4; calls: ModelCall[] } {
  const calls: ModelCall[] = [];
  const next = (call: ModelCall) => {
    calls.push(call);
    const step = steps[calls.length - 1];
    if (step === undefined) throw new Error(`The script has no step ${calls.length}.`);
    const content = typeof step === 'function' ? step(call) : step;
    const finishReason = {
      unified: content.some((part) => part.type === 'tool-call') ? ('tool-calls' as const) : ('stop' as const),
      raw: undefined,
    };
    return { content, finishReason };
  };
  const model = new MockLanguageModelV4({
    doGenerate: async (call) => {
      const { content, finishReason } = next(call);
      return { content, finishReason, usage, warnings: [] };
    },
    doStream: async (call) => {
      const { content, finishReason } = next(call);
      const parts = content.flatMap((part, index): StreamPart[] =>
        part.type === 'text'
          ? [
              { type: 'text-start', id: `t${index}` },
              { type: 'text-delta', id: `t${index}`, delta: part.text },
              { type: 'text-end', id: `t${index}` },
            ]
          : [part],
      );
      return {
        stream: convertArrayToReadableStream<StreamPart>([
          { type: 'stream-start', warnings: [] },
          ...parts,
          { type: 'finish', finishReason, usage },
        ]),
      };
    },
  });
  return { model, calls };
}

/** Names of the function tools the model was offered in one call. */
export function offeredTools(call: ModelCall): string[] {
  return (call.tools ?? []).map((tool) => tool.name);
}

/** The output of the tool result for `toolCallId` in what the model received, if any. */
export function toolResultSeen(call: ModelCall, toolCallId: string): { type: string; value?: unknown; reason?: string } | undefined {
  for (const message of call.prompt) {
    if (message.role !== 'tool') continue;
    for (const part of message.content) {
      if (part.type === 'tool-result' && part.toolCallId === toolCallId) {
        return part.output as { type: string; value?: unknown; reason?: string };
      }
    }
  }
  return undefined;
}
