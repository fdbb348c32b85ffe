/** Reads what a LangChain tool was handed: a bare input or a tool call, plus the call id and abort signal of the config. */

/** The arguments, the tool call id (when there is one: then the tool answers with a `ToolMessage`) and the signal. */
export interface ToolCallInput {
  args: unknown;
  toolCallId: string | undefined;
  signal: AbortSignal | undefined;
  /** The run's `configurable` and runtime `context`, for `auth.resolveCredential` (`callContext`). */
  callContext: { configurable?: Record<string, unknown>; context?: unknown };
}

/** Splits `tool.invoke(input, config)` arguments the way `StructuredTool.invoke` does. */
export function readToolCallInput(options: { input: unknown; config: unknown }): ToolCallInput {
  const config = (options.config ?? {}) as {
    toolCall?: { id?: string };
    toolCallId?: string;
    signal?: AbortSignal;
    configurable?: Record<string, unknown>;
    context?: unknown;
  };
  const input = options.input as { type?: unknown; args?: unknown; id?: string } | null | undefined;
  const isToolCall = input != null && typeof input === 'object' && input.type === 'tool_call' && 'args' in input;
  return {
    args: isToolCall ? input.args : options.input,
    toolCallId: (isToolCall ? input.id : undefined) ?? config.toolCall?.id ?? config.toolCallId,
    signal: config.signal,
    callContext: {
      ...(config.configurable === undefined ? {} : { configurable: config.configurable }),
      ...(config.context === undefined ? {} : { context: config.context }),
    },
  };
}
