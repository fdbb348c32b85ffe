/** The text of a meta-tool's result: a `ToolResult` as `toolResultToContent` writes it, anything else as JSON. */
import type { ResultViewOptions, ToolCatalog, ToolResult } from '@apiwire/core';
import { toolResultToContent } from './tool-result-to-content';

/** Text for the model from a `search_tools` or `call_tool` result (`call_tool` results within the called tool's budget). */
export async function metaToolContent(options: {
  result: unknown;
  args: unknown;
  catalog: ToolCatalog;
  results?: ResultViewOptions;
}): Promise<string> {
  const { result, args } = options;
  if (!isToolResult(result)) return JSON.stringify(result);
  const call = args !== null && typeof args === 'object' ? (args as { name?: unknown; arguments?: unknown }) : {};
  const tool = typeof call.name === 'string' ? options.catalog.get(call.name) : undefined;
  return await toolResultToContent(result, { tool, input: call.arguments, results: options.results });
}

function isToolResult(value: unknown): value is ToolResult {
  return value != null && typeof value === 'object' && typeof (value as { ok?: unknown }).ok === 'boolean';
}
