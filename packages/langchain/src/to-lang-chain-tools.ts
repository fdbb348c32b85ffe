/** `toLangChainTools`: the tools of servers (or a catalog) as LangChain `StructuredTool`s, for `bindTools` and agents. */
import {
  type ApproveHook,
  createCallTool,
  createSearchTool,
  createToolCatalog,
  type ToolCatalogSource,
} from '@apiwire/core';
import type { StructuredTool } from '@langchain/core/tools';
import { ApiwireMetaTool } from './apiwire-meta-tool';
import { ApiwireTool } from './apiwire-tool';
import { serverBaseUrls } from './server-base-urls';

/** Options of `toLangChainTools`. */
export interface ToLangChainToolsOptions {
  /**
   * Decides approval-gated calls (there is no human in a plain `bindTools` loop): `true` or `{ approved: true }`
   * sends the request. Without it, the server's own `approve` hook decides, and without that the model reads a
   * `denied` result. In a `createAgent`, use `createApiwireMiddleware` to ask a human instead.
   */
  approve?: ApproveHook;
  /**
   * The conversation's revealed tool names: `search_tools` adds to it, `call_tool` reads it. Default: a new set
   * for this array of tools, so make one array (or pass one set) per conversation, never one for all users.
   */
  revealed?: Set<string>;
  /** Most matches `search_tools` returns (default 5). */
  maxResults?: number;
}

/**
 * One `StructuredTool` per visible tool, plus `search_tools` and `call_tool` when some tools are deferred: the
 * model finds a deferred tool with `search_tools` and calls it through `call_tool` (bound tools cannot change
 * in a plain loop). Every result, failures included, comes back as a tool message the model can act on.
 *
 * @example
 * ```ts
 * const tools = toLangChainTools([billing]);
 * const byName = Object.fromEntries(tools.map((tool) => [tool.name, tool]));
 * const reply = await model.bindTools(tools).invoke(messages);
 * for (const call of reply.tool_calls ?? []) messages.push(await byName[call.name].invoke(call));
 * ```
 */
export function toLangChainTools(source: ToolCatalogSource, options: ToLangChainToolsOptions = {}): StructuredTool[] {
  const catalog = createToolCatalog(source);
  const baseUrls = serverBaseUrls(source);
  const tools: StructuredTool[] = catalog
    .visible()
    .map((descriptor) => new ApiwireTool({ descriptor, approve: options.approve, baseUrl: baseUrls.get(descriptor.server) }));
  if (catalog.deferred().length > 0) {
    const revealed = options.revealed ?? new Set<string>();
    for (const metaTool of [createSearchTool(catalog, { maxResults: options.maxResults }), createCallTool(catalog)]) {
      tools.push(new ApiwireMetaTool({ metaTool, catalog, revealed, approve: options.approve, baseUrls }));
    }
  }
  return tools;
}
