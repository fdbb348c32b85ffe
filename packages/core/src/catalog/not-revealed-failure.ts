/** The refusal a model reads when it calls a deferred tool no search has revealed in this conversation. */
import type { ToolFailure } from '../tool-result';

/** An `invalid_input` failure telling the model to find `toolName` with the search tool first, by its exact name (which finds it alone). */
export function notRevealedFailure(options: { toolName: string; searchToolName?: string }): ToolFailure {
  const search = options.searchToolName ?? 'search_tools';
  return {
    ok: false,
    error: { kind: 'invalid_input', message: `Tool "${options.toolName}" is not available yet. Find it with ${search} first (query "${options.toolName}").` },
  };
}
