/** The text of a meta-tool's result: a `ToolResult` as `toolResultContent` writes it, anything else as JSON. */
import type { ToolResult } from '@apiwire/core';
import { toolResultContent } from './tool-result-content';

/** Text for the model from a `search_tools` or `call_tool` result. */
export function metaToolContent(result: unknown): string {
  if (isToolResult(result)) return toolResultContent(result);
  return JSON.stringify(result);
}

function isToolResult(value: unknown): value is ToolResult {
  return value != null && typeof value === 'object' && typeof (value as { ok?: unknown }).ok === 'boolean';
}
