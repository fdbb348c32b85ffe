/** The AI SDK adapter in the shared suite: `toAISDKTools` in `generateText` with a scripted `MockLanguageModelV4`. */
import { toAISDKTools } from '@apiwire/ai-sdk';
import { scriptedLanguageModel, text, toolCall, toolResultSeen } from '@apiwire/fixtures/ai-sdk';
import { generateText, stepCountIs } from 'ai';
import type { AdapterHarness } from './adapter-harness';

/** Runs each conversation through `generateText`, reading what the model saw from its second call's prompt. */
export const aiSdkHarness: AdapterHarness = {
  name: 'AI SDK (generateText)',
  async run({ source, toolCalls, approve, signal }) {
    const { tools, toolApproval } = toAISDKTools(source, approve === undefined ? {} : { approve });
    const { model, calls } = scriptedLanguageModel([
      toolCalls.map((call) => toolCall({ id: call.id, name: call.name, input: call.args })),
      [text('Done.')],
    ]);
    const result = await generateText({
      model,
      tools,
      toolApproval,
      prompt: 'Help with billing.',
      stopWhen: stepCountIs(4),
      ...(signal === undefined ? {} : { abortSignal: signal }),
    });
    return {
      finalText: result.text,
      seen(toolCallId) {
        const output = calls[1] === undefined ? undefined : toolResultSeen(calls[1], toolCallId);
        if (output === undefined) return undefined;
        const value = output.value ?? output.reason;
        return {
          error: output.type.startsWith('error') || output.type === 'execution-denied',
          text: typeof value === 'string' ? value : JSON.stringify(value),
        };
      },
    };
  },
};
