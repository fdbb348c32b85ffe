/** How the middleware runs one tool call: searches against the thread, deferred tools only once revealed, approvals as recorded. */
import { notRevealedFailure, type ResultViewOptions, type ToolResult } from '@apiwire/core';
import { ToolMessage } from '@langchain/core/messages';
import type { ApiwireState } from './apiwire-agent-state';
import { ApiwireTool } from './apiwire-tool';
import { metaToolContent } from './meta-tool-content';
import type { MiddlewareToolSet } from './middleware-tool-set';
import { toolResultToContent } from './tool-result-to-content';

/** The `wrapToolCall` request the middleware reads. */
export interface MiddlewareToolCallRequest {
  toolCall: { name: string; args: Record<string, unknown>; id?: string };
  state: ApiwireState;
  runtime: { signal?: AbortSignal };
}

/**
 * Runs `search_tools` against the thread's reveals (the artifact `{ result, revealed }` records new ones), refuses
 * a deferred tool not revealed in this thread, and runs every other apiwire tool as the middleware's own instance:
 * an approval-gated one with the approval recorded for this call id, if any (without one its gate denies, or the
 * server's own hook decides). Tools that are not apiwire's go to `handler` untouched.
 */
export async function runMiddlewareToolCall(options: {
  toolSet: MiddlewareToolSet;
  request: MiddlewareToolCallRequest;
  handler: (request: never) => unknown;
  results?: ResultViewOptions;
}): Promise<unknown> {
  const { toolSet, request, handler } = options;
  const { toolCall, state } = request;
  if (toolCall.name === toolSet.searchTool.name && toolSet.deferredNames.size > 0) {
    const output = await toolSet.searchTool.execute(toolCall.args, { revealed: toolSet.revealedIn(state), signal: request.runtime.signal });
    const content = await metaToolContent({ result: output.result, args: toolCall.args, catalog: toolSet.catalog, results: options.results });
    return toolMessage({ content, toolCall, failed: (output.result as { ok?: unknown }).ok === false, artifact: output });
  }
  const descriptor = toolSet.toolsByName.get(toolCall.name);
  if (descriptor === undefined) return handler(request as never);
  if (descriptor.deferred && !toolSet.revealedIn(state).includes(descriptor.name)) {
    const refusal: ToolResult = notRevealedFailure({ toolName: descriptor.name, searchToolName: toolSet.searchTool.name });
    return toolMessage({ content: await toolResultToContent(refusal), toolCall, failed: true, artifact: refusal });
  }
  if (descriptor.requiresApproval) {
    const approved = toolCall.id !== undefined && (state.apiwireApprovedToolCalls ?? []).includes(toolCall.id);
    const tool = new ApiwireTool({ descriptor, approval: approved ? { approved: true } : undefined, results: options.results });
    return handler({ ...request, tool } as never);
  }
  // The agent may hold a copy of this tool (from `toLangChainTools`); the middleware's own one runs.
  return handler({ ...request, tool: toolSet.ownTools.get(toolCall.name) } as never);
}

function toolMessage(options: { content: string; toolCall: MiddlewareToolCallRequest['toolCall']; failed: boolean; artifact: unknown }): ToolMessage {
  return new ToolMessage({
    content: options.content,
    name: options.toolCall.name,
    tool_call_id: options.toolCall.id ?? '',
    status: options.failed ? 'error' : 'success',
    artifact: options.artifact,
  });
}
