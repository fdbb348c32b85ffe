/** The AI SDK adapter in the shared suite: `toAISDKTools` in `generateText` with a scripted `MockLanguageModelV4`. */
import { toAISDKTools } from '@apiwire/ai-sdk';
import type { ToolResult } from '@apiwire/core';
import { scriptedLanguageModel, text, toolCall, toolResultSeen, type ModelCall, type ScriptedStep } from '@apiwire/fixtures/ai-sdk';
import { generateText, stepCountIs } from 'ai';
import type { AdapterHarness, ScriptedToolCall, ToolOutcome } from './adapter-harness';

/** Runs each conversation through `generateText`, reading what the model saw from the prompts of its later calls. */
export const aiSdkHarness: AdapterHarness = {
  name: 'AI SDK (generateText)',
  async run({ source, toolCalls, followUp, approve, results, signal }) {
    const { tools, toolApproval } = toAISDKTools(source, { ...(approve === undefined ? {} : { approve }), ...(results === undefined ? {} : { results }) });
    const asContent = (calls: ScriptedToolCall[]) => calls.map((call) => toolCall({ id: call.id, name: call.name, input: call.args }));
    const steps: ScriptedStep[] = [asContent(toolCalls)];
    if (followUp) steps.push((call) => asContent(followUp((id) => outcomeIn(call, id))));
    steps.push([text('Done.')]);
    const { model, calls } = scriptedLanguageModel(steps);
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
      seen: (toolCallId) => calls.slice(1).map((call) => outcomeIn(call, toolCallId)).find((outcome) => outcome !== undefined),
      appResult: (toolCallId) =>
        result.steps.flatMap((step) => step.toolResults).find((entry) => entry.toolCallId === toolCallId)?.output as ToolResult | undefined,
    };
  },
  perUser({ source }) {
    const { tools, toolApproval, contextFor } = toAISDKTools(source);
    return async ({ user, toolCalls }) => {
      const { model } = scriptedLanguageModel([toolCalls.map((call) => toolCall({ id: call.id, name: call.name, input: call.args })), [text('Done.')]]);
      const result = await generateText({ model, tools, toolApproval, toolsContext: contextFor({ user }), prompt: 'My invoices?', stopWhen: stepCountIs(4) });
      return { finalText: result.text };
    };
  },
  // toolsContext: contextFor(value) hands each tool `value` itself.
  userOf: (callContext) => (callContext as { user?: string } | undefined)?.user,
};

/** What the model read for `toolCallId` in one call's prompt. */
function outcomeIn(call: ModelCall, toolCallId: string): ToolOutcome | undefined {
  const output = toolResultSeen(call, toolCallId);
  if (output === undefined) return undefined;
  const value = output.value ?? output.reason;
  return {
    error: output.type.startsWith('error') || output.type === 'execution-denied',
    text: typeof value === 'string' ? value : JSON.stringify(value),
  };
}
