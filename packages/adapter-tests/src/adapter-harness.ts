/** What the shared behaviour suite needs from an adapter: run one scripted conversation, report what the model read. */
import type { ApiServer, ApproveHook, ResultViewOptions, ToolResult } from '@apiwire/core';

/** One tool call the scripted model makes. */
export interface ScriptedToolCall {
  id: string;
  name: string;
  args: Record<string, unknown>;
}

/** What the model read for one tool call, normalised across frameworks. */
export interface ToolOutcome {
  /** The framework marked it as an error or a denial. */
  error: boolean;
  /** The text (or JSON text) the model read. */
  text: string;
}

/** What the model has read so far, by tool call id. */
export type SeenOutcome = (toolCallId: string) => ToolOutcome | undefined;

/** One finished conversation. */
export interface AdapterRun {
  /** The model's final text. */
  finalText: string;
  /** What the model read for a tool call, when it read anything. */
  seen: SeenOutcome;
  /** The `ToolResult` the app received for a tool call (AI SDK: the tool's output; LangChain: the message's artifact). */
  appResult(toolCallId: string): ToolResult | undefined;
}

/** An adapter under test: its framework's own agent loop, with only the model scripted. */
export interface AdapterHarness {
  name: string;
  /**
   * Runs a conversation where the model makes `toolCalls` at once, then (with `followUp`) the tool calls that
   * `followUp` makes from what it read, then answers `Done.`. `approve` decides approval-gated calls in the
   * adapter (no human); `results` is the adapter's `results` option; `signal` aborts the run.
   */
  run(options: {
    source: ApiServer[];
    toolCalls: ScriptedToolCall[];
    followUp?: (seen: SeenOutcome) => ScriptedToolCall[];
    approve?: ApproveHook;
    results?: ResultViewOptions;
    signal?: AbortSignal;
  }): Promise<AdapterRun>;
  /**
   * Builds the adapter once for `source` (one tool set, one agent) and returns a runner of conversations on it,
   * each with its own user in the framework's per-call context; several may run at once. The model calls
   * `toolCalls`, then answers `Done.`.
   */
  perUser(options: { source: ApiServer[] }): (options: { user: string; toolCalls: ScriptedToolCall[] }) => Promise<{ finalText: string }>;
  /** The user in the `callContext` that `auth.resolveCredential` receives from this adapter (undefined when absent). */
  userOf(callContext: unknown): string | undefined;
}
