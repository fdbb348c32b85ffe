/** `createApiwireMiddleware`: apiwire tools for `createAgent`, with human approval and deferred tools the LangChain way. */
import type { ApproveHook, ResultViewOptions } from '@apiwire/core';
import type { AgentMiddleware, DecisionType } from 'langchain';
import { apiwireAgentState, type ApiwireState } from './apiwire-agent-state';
import type { LangChainEmbeddingsOption } from './lang-chain-tool-embeddings';
import { middlewareToolSet } from './middleware-tool-set';
import { offeredTools } from './offered-tools';
import { reviewToolCalls } from './review-tool-calls';
import { type MiddlewareToolCallRequest, runMiddlewareToolCall } from './run-middleware-tool-call';
import type { LangChainToolsSource } from './to-lang-chain-tools-options';

/** Options of `createApiwireMiddleware`. */
export interface ApiwireMiddlewareOptions {
  /**
   * Who decides approval-gated calls instead of a human: a hook (a `false` verdict reaches the model as a
   * rejection), or `'server'`: nothing interrupts and the `approve` hook given to `loadApiServer` decides when
   * the call runs (a server without one denies). Default: interrupt for a human.
   */
  approve?: ApproveHook | 'server';
  /** Decisions a human may take on a gated call (default `['approve', 'edit', 'reject']`). */
  allowedDecisions?: DecisionType[];
  /** Start of each action request's description (default `'Tool execution requires approval'`, as humanInTheLoopMiddleware). */
  descriptionPrefix?: string;
  /** Most matches `search_tools` returns (default 5). */
  maxResults?: number;
  /**
   * When the best match covers less than this share of the query's words (weighted by rarity), `search_tools`
   * reveals nothing and says so, suggesting other words (default 0.1, 0 never). Matches found by `embeddings` are not judged.
   */
  minCoverage?: number;
  /**
   * What the model reads of results (tool message content): `maxTokens`, `compact` and per-tool `overrides`
   * replace, for the keys they set, the servers' `results` option. The message's artifact keeps the full `ToolResult`.
   */
  results?: ResultViewOptions;
  /** Hybrid search: a LangChain `Embeddings` (or `{ model, cache, onWarning }`), as in `toLangChainTools`. */
  embeddings?: LangChainEmbeddingsOption;
}

/** The middleware `createApiwireMiddleware` returns: its state is `apiwireAgentState`. */
export type ApiwireMiddleware = AgentMiddleware<typeof apiwireAgentState>;

/**
 * Middleware that registers every tool of the servers (or catalog) with the agent and governs them:
 * - approval: after a model call, its approval-gated calls interrupt the run with the payload of
 *   `humanInTheLoopMiddleware` (`{ actionRequests, reviewConfigs }`); resume with
 *   `new Command({ resume: { decisions: [{ type: 'approve' | 'edit' | 'reject', ... }] } })`. With an `approve`
 *   hook, the hook decides and nothing interrupts. A gated call runs only with that approval.
 * - deferral: deferred tools and `search_tools` are registered too (so the agent can run them), but each model
 *   call sees only visible tools, `search_tools`, and the deferred tools revealed in this thread: revealed names
 *   live in the agent state (`apiwireRevealedTools`), saved by the checkpointer per thread.
 * Pass it alone (`createAgent({ model, tools: [], middleware: [apiwire] })`) or beside `toLangChainTools` for the
 * same servers (`tools: toLangChainTools([billing])`): each tool is bound once, the middleware's. A different tool
 * under an apiwire tool's name throws `ToolWiringError` at the first model call.
 *
 * @example
 * ```ts
 * const agent = createAgent({ model, tools: [], middleware: [createApiwireMiddleware([billing])], checkpointer: new MemorySaver() });
 * let state = await agent.invoke({ messages: [new HumanMessage('Refund payment pay_1')] }, config);
 * if (state.__interrupt__) state = await agent.invoke(new Command({ resume: { decisions: [{ type: 'approve' }] } }), config);
 * ```
 */
export function createApiwireMiddleware(
  source: LangChainToolsSource,
  options: ApiwireMiddlewareOptions = {},
): ApiwireMiddleware {
  const toolSet = middlewareToolSet({ source, maxResults: options.maxResults, minCoverage: options.minCoverage, results: options.results, embeddings: options.embeddings });
  const { deferredNames } = toolSet;

  const middleware = {
    [Symbol.for('AgentMiddleware')]: true, // langchain's MIDDLEWARE_BRAND, as createMiddleware sets it
    name: 'ApiwireMiddleware',
    stateSchema: apiwireAgentState,
    tools: toolSet.tools,

    // Keeps the thread's revealed names in its state (search results may later be trimmed from the messages).
    beforeModel: async (state: ApiwireState) => {
      if (deferredNames.size === 0) return undefined;
      const revealed = toolSet.revealedIn(state);
      return revealed.length > (state.apiwireRevealedTools ?? []).length ? { apiwireRevealedTools: revealed } : undefined;
    },

    wrapModelCall: async (request: { tools: unknown[]; state: ApiwireState }, handler: (request: never) => unknown) =>
      handler({ ...request, tools: offeredTools({ toolSet, tools: request.tools, state: request.state }) } as never),

    // Asks about the new gated calls (a human through an interrupt, or the hook) and records the approvals.
    afterModel: {
      canJumpTo: ['model'],
      hook: async (state: ApiwireState) => {
        if (options.approve === 'server') return undefined;
        const review = await reviewToolCalls({
          messages: state.messages,
          gatedTool: toolSet.gatedTool,
          approve: options.approve,
          allowedDecisions: options.allowedDecisions ?? ['approve', 'edit', 'reject'],
          descriptionPrefix: options.descriptionPrefix ?? 'Tool execution requires approval',
          baseUrlOf: (tool) => toolSet.baseUrls.get(tool.server),
        });
        if (review === undefined) {
          return (state.apiwireApprovedToolCalls ?? []).length > 0 ? { apiwireApprovedToolCalls: [] } : undefined;
        }
        return {
          messages: review.messages,
          apiwireApprovedToolCalls: review.approvedToolCallIds,
          ...(review.nothingToRun ? { jumpTo: 'model' as const } : {}),
        };
      },
    },

    wrapToolCall: async (request: MiddlewareToolCallRequest, handler: (request: never) => unknown) =>
      runMiddlewareToolCall({ toolSet, request, handler, results: options.results }),
  };
  return middleware as unknown as ApiwireMiddleware;
}
