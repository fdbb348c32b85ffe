/** Maps core's model view of a `ToolResult` onto the text of a LangChain tool message. */
import { toModelView, type ResultViewOptions, type ToolDescriptor, type ToolResult } from '@apiwire/core';

/** Options of `toolResultContent`: the tool and input behind the result, and the `results` option in force. */
export interface ToolResultContentOptions {
  tool?: ToolDescriptor;
  input?: unknown;
  results?: ResultViewOptions;
}

/**
 * The text the model reads for one apiwire result: what core's `toModelView` decides, within the tool's token
 * budget (JSON for data and errors, plain text for text bodies, a note when cut or paged). The tool message's
 * artifact keeps the full `ToolResult`.
 */
export async function toolResultContent(result: ToolResult, options: ToolResultContentOptions = {}): Promise<string> {
  return (await toModelView({ result, ...options })).text;
}
