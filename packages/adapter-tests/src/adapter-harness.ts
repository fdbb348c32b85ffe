/** What the shared behaviour suite needs from an adapter: run one scripted conversation, report what the model read. */
import type { ApiServer, ApproveHook } from '@apiwire/core';

/** One tool call the scripted model makes in its first step. */
export interface ScriptedToolCall {
  id: string;
  name: string;
  args: Record<string, unknown>;
}

/** What the model read for one tool call on its second step, normalised across frameworks. */
export interface ToolOutcome {
  /** The framework marked it as an error or a denial. */
  error: boolean;
  /** The text (or JSON text) the model read. */
  text: string;
}

/** One finished conversation. */
export interface AdapterRun {
  /** The model's final text. */
  finalText: string;
  /** What the model read for a tool call, when it read anything. */
  seen(toolCallId: string): ToolOutcome | undefined;
}

/** An adapter under test: its framework's own agent loop, with only the model scripted. */
export interface AdapterHarness {
  name: string;
  /**
   * Runs a conversation where the model makes `toolCalls` at once, then answers `finalText`. `approve` decides
   * approval-gated calls in the adapter (no human); `signal` aborts the run.
   */
  run(options: {
    source: ApiServer[];
    toolCalls: ScriptedToolCall[];
    approve?: ApproveHook;
    signal?: AbortSignal;
  }): Promise<AdapterRun>;
}
