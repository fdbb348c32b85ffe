/** Maps core's model view of a `ToolResult` onto the content of a LangChain tool message. */
import { toModelView, type ResultViewOptions, type ToolDescriptor, type ToolResult } from '@apiwire/core';

/** Options of `toolResultToContent`: the tool and input behind the result, and the `results` option in force. */
export interface ToolResultToContentOptions {
  tool?: ToolDescriptor;
  input?: unknown;
  results?: ResultViewOptions;
}

/**
 * The text the model reads for one apiwire result (the content of every apiwire tool message): what core's
 * `toModelView` decides, within the tool's token budget (JSON for data and errors, plain text for text bodies, a
 * note when cut or paged). The tool message's artifact keeps the full `ToolResult`.
 */
export async function toolResultToContent(result: ToolResult, options: ToolResultToContentOptions = {}): Promise<string> {
  return (await toModelView({ result, ...options })).text;
}

/** @deprecated Renamed `toolResultToContent` (the same function), as `toolResultToModelOutput` in `@apiwire/ai-sdk`. */
export const toolResultContent: typeof toolResultToContent = toolResultToContent;

/** @deprecated Renamed `ToolResultToContentOptions`. */
export type ToolResultContentOptions = ToolResultToContentOptions;
