/** Maps core's model view of a `ToolResult` onto the AI SDK's tool output: JSON, text, the SDK's denial, or an error. */
import { toModelView, type ResultViewOptions, type ToolDescriptor, type ToolResult } from '@apiwire/core';
import type { JSONValue, Tool } from 'ai';

/** What a tool's `toModelOutput` returns: the AI SDK's tool result output (JSON, text, denial, error). */
export type ModelOutput = Awaited<ReturnType<NonNullable<Tool['toModelOutput']>>>;

/** Options of `toolResultToModelOutput`: the tool and input behind the result, and the `results` option in force. */
export interface ToolResultToModelOutputOptions {
  tool?: ToolDescriptor;
  input?: unknown;
  /** The tool's key in the tool set, when it differs from the descriptor's name. */
  toolName?: string;
  results?: ResultViewOptions;
}

/**
 * Maps an apiwire result to AI SDK model output (`toModelOutput` of every apiwire tool): what core's `toModelView`
 * decides the model reads, within the tool's token budget. The tool's output itself stays the full `ToolResult`.
 */
export async function toolResultToModelOutput(result: ToolResult, options: ToolResultToModelOutputOptions = {}): Promise<ModelOutput> {
  if (!isToolResult(result)) return { type: 'json', value: toJsonValue(result) };
  const view = await toModelView({ result, ...options });
  switch (view.type) {
    case 'json':
      return { type: 'json', value: view.value as JSONValue };
    case 'denied':
      return { type: 'execution-denied', reason: String(view.value) };
    case 'error':
      return { type: 'error-json', value: view.value as JSONValue };
    default:
      return { type: 'text', value: view.text };
  }
}

/** @deprecated Renamed `ToolResultToModelOutputOptions`, as `ToolResultToContentOptions` in `@apiwire/langchain`. */
export type ModelOutputOptions = ToolResultToModelOutputOptions;

function isToolResult(value: unknown): value is ToolResult {
  return (
    value != null &&
    typeof value === 'object' &&
    typeof (value as { ok?: unknown }).ok === 'boolean' &&
    ((value as { ok: boolean }).ok || typeof (value as { error?: unknown }).error === 'object')
  );
}

function toJsonValue(value: unknown): JSONValue {
  if (value === undefined) return null;
  try {
    return JSON.parse(JSON.stringify(value)) as JSONValue;
  } catch {
    return String(value);
  }
}
