/** A core meta-tool (`search_tools`, `call_tool`) as a LangChain `StructuredTool` whose revealed names live in a caller-owned set. */
import { decideApproval, describeApprovalRequest, type ApproveHook, type MetaTool, type ResultViewOptions, type ToolCatalog, type ToolResult } from '@apiwire/core';
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
import { metaToolContent } from './meta-tool-content';
import { readToolCallInput, type ToolCallInput } from './read-tool-call-input';

/** Options of `new ApiwireMetaTool`. */
export interface ApiwireMetaToolOptions {
  metaTool: MetaTool;
  catalog: ToolCatalog;
  /** The conversation's revealed tool names: read before each call, grown by `search_tools`. */
  revealed: Set<string>;
  /** Decides approval-gated calls made through `call_tool` (else the server's own hook, else denied). */
  approve?: ApproveHook;
  /** Server base URLs by server name, shown to the `approve` hook. */
  baseUrls?: ReadonlyMap<string, string>;
  /** The adapter's `results` option, over each called tool's own. */
  results?: ResultViewOptions;
}

/**
 * `search_tools` or `call_tool` for plain `bindTools` use. The meta-tool validates its own input, so every
 * failure comes back as a tool message with status `error`; the artifact holds `{ result, revealed }`.
 */
export class ApiwireMetaTool extends StructuredTool<JSONSchema, unknown, unknown, string | ToolMessage> {
  name: string;
  description: string;
  schema: JSONSchema;
  private readonly options: ApiwireMetaToolOptions;

  /** The catalog this meta-tool searches or calls. */
  get catalog(): ToolCatalog {
    return this.options.catalog;
  }

  constructor(options: ApiwireMetaToolOptions) {
    super({ metadata: { apiwire: { metaTool: options.metaTool.name } } });
    this.options = options;
    this.name = options.metaTool.name;
    this.description = options.metaTool.description;
    this.schema = options.metaTool.inputSchema as JSONSchema;
  }

  // The meta-tool validates its own input and names the field; LangChain's JSON Schema check would throw instead.
  // Typed as LangChain types `invoke` for a tool returning `string | ToolMessage`: a tool call (or a config with
  // `toolCall`) gives a `ToolMessage`.
  override async invoke<TInput extends StructuredToolCallInput<JSONSchema, unknown>, TConfig extends ToolRunnableConfig | undefined>(
    input: TInput,
    config?: TConfig,
  ): Promise<ToolReturnType<TInput, TConfig, string | ToolMessage>> {
    return invokeWithOwnValidation({ invoke: () => super.invoke(input, config), input, config, run: (call) => this.run(call) });
  }

  protected async _call(
    input: unknown,
    _runManager?: CallbackManagerForToolRun,
    config?: ToolRunnableConfig,
  ): Promise<string | ToolMessage> {
    return this.run({ ...readToolCallInput({ input, config }), args: input });
  }

  /** Runs the meta-tool; the run's `configurable` and runtime `context` reach the called tool as `callContext`. */
  private async run(options: ToolCallInput): Promise<string | ToolMessage> {
    const { metaTool, catalog, revealed, approve, baseUrls } = this.options;
    options.signal?.throwIfAborted();
    let approval;
    if (approve !== undefined && metaTool.requiresApproval(options.args)) {
      const name = (options.args as { name?: unknown }).name;
      const tool = typeof name === 'string' ? catalog.get(name) : undefined;
      const input = (options.args as { arguments?: unknown }).arguments ?? {};
      if (tool !== undefined && hasValidInput({ tool, input })) {
        approval = await decideApproval({
          approve,
          request: describeApprovalRequest({ tool, input, baseUrl: baseUrls?.get(tool.server) }),
        });
      }
    }
    const output = await metaTool.execute(options.args, {
      revealed: [...revealed],
      signal: options.signal,
      approval,
      callContext: options.callContext,
    });
    options.signal?.throwIfAborted();
    for (const name of output.revealed) revealed.add(name);
    const content = await metaToolContent({ result: output.result, args: options.args, catalog, results: this.options.results });
    if (options.toolCallId === undefined) return content;
    return new ToolMessage({
      content,
      name: this.name,
      tool_call_id: options.toolCallId,
      status: isFailure(output.result) ? 'error' : 'success',
      artifact: output,
    });
  }
}

function isFailure(result: unknown): result is ToolResult & { ok: false } {
  return result != null && typeof result === 'object' && (result as { ok?: unknown }).ok === false;
}
