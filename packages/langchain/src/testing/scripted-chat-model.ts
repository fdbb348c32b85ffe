/** A scripted tool-calling chat model for tests: records what each call received (tool definitions, messages). */
import type { CallbackManagerForLLMRun } from '@langchain/core/callbacks/manager';
import { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AIMessage, type BaseMessage } from '@langchain/core/messages';
import type { ChatResult } from '@langchain/core/outputs';
import type { StructuredTool } from '@langchain/core/tools';
import { convertToOpenAITool } from '@langchain/core/utils/function_calling';

/** One tool definition as a provider receives it (OpenAI function shape). */
export interface BoundToolDefinition {
  name: string;
  description?: string;
  parameters?: unknown;
}

/** What one model call received. */
export interface ScriptedCall {
  tools: BoundToolDefinition[];
  toolNames: string[];
  messages: BaseMessage[];
}

/** One scripted reply: tool calls (ids generated when absent) or final text, or a function of the call. */
export type ScriptStep =
  | { toolCalls: Array<{ name: string; args: Record<string, unknown>; id?: string }> }
  | { text: string }
  | ((call: ScriptedCall) => AIMessage);

interface SharedScript {
  steps: ScriptStep[];
  calls: ScriptedCall[];
}

/** A `BaseChatModel` that answers each call with the next step and records what it was given. */
export class ScriptedChatModel extends BaseChatModel {
  private readonly script: SharedScript;
  private readonly bound: BoundToolDefinition[];

  constructor(options: { steps: ScriptStep[]; script?: SharedScript; bound?: BoundToolDefinition[] }) {
    super({});
    this.script = options.script ?? { steps: options.steps, calls: [] };
    this.bound = options.bound ?? [];
  }

  /** Every call so far, oldest first. */
  get calls(): ScriptedCall[] {
    return this.script.calls;
  }

  _llmType(): string {
    return 'scripted';
  }

  override bindTools(tools: StructuredTool[]) {
    const bound = tools.map((tool) => {
      const definition = convertToOpenAITool(tool).function;
      return { name: definition.name, description: definition.description, parameters: definition.parameters };
    });
    return new ScriptedChatModel({ steps: [], script: this.script, bound: [...this.bound, ...bound] });
  }

  async _generate(
    messages: BaseMessage[],
    _options?: this['ParsedCallOptions'],
    _runManager?: CallbackManagerForLLMRun,
  ): Promise<ChatResult> {
    const call: ScriptedCall = { tools: this.bound, toolNames: this.bound.map((tool) => tool.name), messages };
    this.script.calls.push(call);
    const index = this.script.calls.length - 1;
    const step = this.script.steps[index];
    if (step === undefined) throw new Error(`ScriptedChatModel: no step for call ${index + 1}.`);
    const message =
      typeof step === 'function'
        ? step(call)
        : 'text' in step
          ? new AIMessage({ content: step.text, id: `ai_${index}` })
          : new AIMessage({
              content: '',
              id: `ai_${index}`,
              tool_calls: step.toolCalls.map((toolCall, position) => ({
                type: 'tool_call' as const,
                name: toolCall.name,
                args: toolCall.args,
                id: toolCall.id ?? `call_${index}_${position}`,
              })),
            });
    return { generations: [{ text: typeof message.content === 'string' ? message.content : '', message }] };
  }
}
