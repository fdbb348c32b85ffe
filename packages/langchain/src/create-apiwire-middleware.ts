/** `createApiwireMiddleware`: apiwire tools for `createAgent`, with human approval and deferred tools the LangChain way. */
import {
  type ApproveHook,
  createSearchTool,
  createToolCatalog,
  notRevealedFailure,
  serverBaseUrls,
  type ResultViewOptions,
  type ToolDescriptor,
} from '@apiwire/core';
import { type BaseMessage, ToolMessage } from '@langchain/core/messages';
import type { AgentMiddleware, DecisionType } from 'langchain';
import { apiwireAgentState } from './apiwire-agent-state';
import { ApiwireMetaTool } from './apiwire-meta-tool';
import { ApiwireTool } from './apiwire-tool';
import { metaToolContent } from './meta-tool-content';
import { revealedToolNames } from './revealed-tool-names';
import { reviewToolCalls } from './review-tool-calls';
import { type LangChainEmbeddingsOption, langChainToolEmbeddings } from './lang-chain-tool-embeddings';
import type { LangChainToolsSource } from './to-lang-chain-tools-options';
import { toolResultToContent } from './tool-result-to-content';
import { ToolWiringError } from './tool-wiring-error';

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
   * What the model reads of results (tool message content): `maxTokens`, `compact` and per-tool `overrides`
   * replace, for the keys they set, the servers' `results` option. The message's artifact keeps the full `ToolResult`.
   */
  results?: ResultViewOptions;
  /** Hybrid search: a LangChain `Embeddings` (or `{ model, cache, onWarning }`), as in `toLangChainTools`. */
  embeddings?: LangChainEmbeddingsOption;
}

/** The middleware `createApiwireMiddleware` returns: its state is `apiwireAgentState`. */
export type ApiwireMiddleware = AgentMiddleware<typeof apiwireAgentState>;

interface ApiwireState {
  messages: BaseMessage[];
  apiwireRevealedTools?: string[];
  apiwireApprovedToolCalls?: string[];
}

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
  const catalog = createToolCatalog(
    source,
    options.embeddings === undefined ? undefined : { embeddings: langChainToolEmbeddings(options.embeddings) },
  );
  const baseUrls = serverBaseUrls(source);
  const deferredNames = new Set(catalog.deferred().map((descriptor) => descriptor.name));
  const searchTool = createSearchTool(catalog, { maxResults: options.maxResults });
  const toolsByName = new Map<string, ToolDescriptor>(catalog.tools.map((descriptor) => [descriptor.name, descriptor]));
  // Every tool is registered so the agent can run it; wrapModelCall decides what each model call sees. The
  // registered search_tools is for binding only: wrapToolCall runs searches against the thread's state.
  const tools = [
    ...catalog.tools.map((descriptor) => new ApiwireTool({ descriptor, results: options.results })),
    ...(deferredNames.size > 0 ? [new ApiwireMetaTool({ metaTool: searchTool, catalog, revealed: new Set() })] : []),
  ];
  const ownTools = new Map<string, unknown>(tools.map((tool) => [tool.name, tool]));
  // A copy of one of apiwire's tools (from `toLangChainTools` for the same servers) gives way to the middleware's;
  // anything else under an apiwire name is a clash the middleware cannot resolve.
  const isSameTool = (tool: unknown, own: unknown): true => {
    const same =
      (tool instanceof ApiwireTool && own instanceof ApiwireTool && tool.descriptor === own.descriptor) ||
      (tool instanceof ApiwireMetaTool && own instanceof ApiwireMetaTool && tool.name === own.name);
    if (!same) throw new ToolWiringError({ toolName: (own as { name: string }).name });
    return true;
  };
  // `toLangChainTools`' `call_tool` over the same tools: the middleware offers revealed tools directly instead.
  const isSupersededMetaTool = (tool: unknown): boolean =>
    tool instanceof ApiwireMetaTool && tool.name === 'call_tool' && tool.catalog.tools.every((descriptor) => toolsByName.get(descriptor.name) === descriptor);
  const gatedTool = (name: string) => {
    const descriptor = toolsByName.get(name);
    return descriptor?.requiresApproval ? descriptor : undefined;
  };
  const revealedIn = (state: ApiwireState) => [
    ...new Set([...(state.apiwireRevealedTools ?? []), ...revealedToolNames({ messages: state.messages })]),
  ];

  const middleware = {
    [Symbol.for('AgentMiddleware')]: true, // langchain's MIDDLEWARE_BRAND, as createMiddleware sets it
    name: 'ApiwireMiddleware',
    stateSchema: apiwireAgentState,
    tools,

    // Keeps the thread's revealed names in its state (search results may later be trimmed from the messages).
    beforeModel: async (state: ApiwireState) => {
      if (deferredNames.size === 0) return undefined;
      const revealed = revealedIn(state);
      return revealed.length > (state.apiwireRevealedTools ?? []).length ? { apiwireRevealedTools: revealed } : undefined;
    },

    // Offers each tool once (apiwire's own instance: the same tools may also come through `tools`), and of the
    // deferred ones only those revealed in this thread.
    wrapModelCall: async (request: { tools: unknown[]; state: ApiwireState }, handler: (request: never) => unknown) => {
      const revealed = deferredNames.size === 0 ? undefined : new Set(revealedIn(request.state));
      const offered = request.tools.filter((tool) => {
        const name = (tool as { name?: unknown }).name;
        if (typeof name !== 'string') return true;
        const own = ownTools.get(name);
        if (own !== undefined && tool !== own) return !isSameTool(tool, own);
        if (own === undefined && isSupersededMetaTool(tool)) return false;
        return revealed === undefined || !deferredNames.has(name) || revealed.has(name);
      });
      return handler({ ...request, tools: offered } as never);
    },

    afterModel: {
      canJumpTo: ['model'],
      hook: async (state: ApiwireState) => {
        if (options.approve === 'server') return undefined;
        const review = await reviewToolCalls({
          messages: state.messages,
          gatedTool,
          approve: options.approve,
          allowedDecisions: options.allowedDecisions ?? ['approve', 'edit', 'reject'],
          descriptionPrefix: options.descriptionPrefix ?? 'Tool execution requires approval',
          baseUrlOf: (tool) => baseUrls.get(tool.server),
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

    wrapToolCall: async (
      request: { toolCall: { name: string; args: Record<string, unknown>; id?: string }; state: ApiwireState; runtime: { signal?: AbortSignal } },
      handler: (request: never) => unknown,
    ) => {
      const { toolCall, state } = request;
      if (toolCall.name === searchTool.name && deferredNames.size > 0) {
        const output = await searchTool.execute(toolCall.args, { revealed: revealedIn(state), signal: request.runtime.signal });
        return new ToolMessage({
          content: await metaToolContent({ result: output.result, args: toolCall.args, catalog, results: options.results }),
          name: toolCall.name,
          tool_call_id: toolCall.id ?? '',
          status: (output.result as { ok?: unknown }).ok === false ? 'error' : 'success',
          artifact: output, // `{ result, revealed }`: the thread's reveals, read back by revealedToolNames
        });
      }
      const descriptor = toolsByName.get(toolCall.name);
      if (descriptor === undefined) return handler(request as never);
      // The agent may hold a copy of this tool (from `toLangChainTools`); the middleware's own one runs.
      const ownTool = ownTools.get(toolCall.name);
      if (descriptor.deferred && !revealedIn(state).includes(descriptor.name)) {
        const refusal = notRevealedFailure({ toolName: descriptor.name, searchToolName: searchTool.name });
        return new ToolMessage({
          content: await toolResultToContent(refusal),
          name: toolCall.name,
          tool_call_id: toolCall.id ?? '',
          status: 'error',
          artifact: refusal,
        });
      }
      if (descriptor.requiresApproval) {
        const approved = toolCall.id !== undefined && (state.apiwireApprovedToolCalls ?? []).includes(toolCall.id);
        // Without a recorded approval the descriptor's gate denies (or the server's own hook decides).
        const tool = new ApiwireTool({ descriptor, approval: approved ? { approved: true } : undefined, results: options.results });
        return handler({ ...request, tool } as never);
      }
      return handler({ ...request, tool: ownTool } as never);
    },
  };
  return middleware as unknown as ApiwireMiddleware;
}
