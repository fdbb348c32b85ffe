/** One apiwire operation as a LangChain `StructuredTool`: the descriptor's JSON Schema for the model, `invoke` for the call. */
import {
  decideApproval,
  describeApprovalRequest,
  type ApprovalDecision,
  type ApproveHook,
  type ResultViewOptions,
  type ProfiledToolSchema,
  type ToolDescriptor,
  type ToolResult,
} from '@apiwire/core';
import type { CallbackManagerForToolRun } from '@langchain/core/callbacks/manager';
import { ToolMessage } from '@langchain/core/messages';
import {
  StructuredTool,
  type StructuredToolCallInput,
  type ToolReturnType,
  type ToolRunnableConfig,
} from '@langchain/core/tools';
import type { JSONSchema } from '@langchain/core/utils/json_schema';
import { hasValidInput } from './has-valid-input';
import { invokeWithOwnValidation } from './invoke-with-own-validation';
import { readToolCallInput, type ToolCallInput } from './read-tool-call-input';
import { toolResultToContent } from './tool-result-to-content';

/** Options of `new ApiwireTool`. */
export interface ApiwireToolOptions {
  descriptor: ToolDescriptor;
  /** A human's decision on this very call (the middleware sets it once an interrupt was answered). */
  approval?: ApprovalDecision;
  /** Decides approval-gated calls with valid input that carry no human decision (else the server's own hook, else denied). */
  approve?: ApproveHook;
  /** The server's base URL, shown to the `approve` hook. */
  baseUrl?: string;
  /** The adapter's `results` option, over the tool's own (what the model reads of each result). */
  results?: ResultViewOptions;
  /** The schema under a provider profile (see `profileToolSchemas`); default: the descriptor's own. */
  profiled?: ProfiledToolSchema;
}

/**
 * A `StructuredTool` over one descriptor. The model sees the descriptor's JSON Schema unchanged (every constraint
 * of the spec survives `bindTools`); the descriptor validates the input itself, so bad input, HTTP errors and
 * denials come back as tool messages (status `error`, the `ToolResult` as artifact), never as exceptions. An
 * aborted signal cancels the request and rethrows, as LangChain tools do.
 */
export class ApiwireTool extends StructuredTool<JSONSchema, unknown, unknown, string | ToolMessage> {
  name: string;
  description: string;
  schema: JSONSchema;
  /** The descriptor this tool calls. */
  readonly descriptor: ToolDescriptor;
  private readonly approval: ApprovalDecision | undefined;
  private readonly approve: ApproveHook | undefined;
  private readonly baseUrl: string | undefined;
  private readonly results: ResultViewOptions | undefined;
  private readonly profiled: ProfiledToolSchema | undefined;

  constructor(options: ApiwireToolOptions) {
    super({ metadata: toolMetadata(options.descriptor) });
    this.descriptor = options.descriptor;
    this.approval = options.approval;
    this.approve = options.approve;
    this.baseUrl = options.baseUrl;
    this.results = options.results;
    this.name = options.descriptor.name;
    this.description = options.descriptor.description;
    this.profiled = options.profiled;
    this.schema = (options.profiled?.inputSchema ?? options.descriptor.inputSchema) as JSONSchema;
    // @langchain/anthropic reads a per-tool strict flag here; ChatOpenAI takes strict in bindTools
    if (options.profiled?.strict) this.extras = { ...this.extras, strict: true };
  }

  // LangChain checks JSON Schema input itself and throws on a mismatch. The descriptor's own validation names the
  // field and the problem and sends nothing, so a rejected input goes to it and comes back as a tool message.
  // Typed as LangChain types `invoke` for a tool returning `string | ToolMessage`: a tool call (or a config with
  // `toolCall`) gives a `ToolMessage`.
  override async invoke<TInput extends StructuredToolCallInput<JSONSchema, unknown>, TConfig extends ToolRunnableConfig | undefined>(
    input: TInput,
    config?: TConfig,
  ): Promise<ToolReturnType<TInput, TConfig, string | ToolMessage>> {
    return invokeWithOwnValidation({
      invoke: () => super.invoke(input, config),
      input,
      config,
      run: async (call) => this.output({ result: await this.send(call.args, call), input: call.args, toolCallId: call.toolCallId }),
    });
  }

  protected async _call(
    input: unknown,
    _runManager?: CallbackManagerForToolRun,
    config?: ToolRunnableConfig,
  ): Promise<string | ToolMessage> {
    const call = readToolCallInput({ input, config });
    return this.output({ result: await this.send(input, call), input, toolCallId: call.toolCallId });
  }

  /** Sends the call; the run's `configurable` and runtime `context` reach `auth.resolveCredential` as `callContext`. */
  private async send(modelInput: unknown, call: Pick<ToolCallInput, 'signal' | 'callContext'>): Promise<ToolResult> {
    const { signal } = call;
    signal?.throwIfAborted();
    const input = this.profiled === undefined ? modelInput : this.profiled.restoreInput(modelInput);
    let approval = this.approval;
    if (approval === undefined && this.approve !== undefined && this.descriptor.requiresApproval && hasValidInput({ tool: this.descriptor, input })) {
      const request = describeApprovalRequest({ tool: this.descriptor, input, baseUrl: this.baseUrl });
      approval = await decideApproval({ approve: this.approve, request });
    }
    const result = await this.descriptor.invoke(input, { signal, approval, callContext: call.callContext });
    signal?.throwIfAborted();
    return result;
  }

  private async output(options: { result: ToolResult; input: unknown; toolCallId: string | undefined }): Promise<string | ToolMessage> {
    const content = await toolResultToContent(options.result, { tool: this.descriptor, input: options.input, results: this.results });
    if (options.toolCallId === undefined) return content;
    return new ToolMessage({
      content,
      name: this.name,
      tool_call_id: options.toolCallId,
      status: options.result.ok ? 'success' : 'error',
      artifact: options.result,
    });
  }
}

function toolMetadata(descriptor: ToolDescriptor): Record<string, unknown> {
  return {
    apiwire: {
      id: descriptor.id,
      server: descriptor.server,
      method: descriptor.operation.method,
      path: descriptor.operation.path,
      requiresApproval: descriptor.requiresApproval,
      deferred: descriptor.deferred,
    },
  };
}
