/** `toLangChainTools`: the tools of servers (or a catalog) as LangChain `StructuredTool`s, for `bindTools` and agents. */
import { createCallTool, createSearchTool, createToolCatalog, profileToolSchemas, serverBaseUrls } from '@apiwire/core';
import { langChainToolEmbeddings } from './lang-chain-tool-embeddings';
import type { StructuredTool } from '@langchain/core/tools';
import { ApiwireMetaTool } from './apiwire-meta-tool';
import { ApiwireTool } from './apiwire-tool';
import type { LangChainToolsOptions, LangChainToolsSource } from './to-lang-chain-tools-options';

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
export function toLangChainTools(source: LangChainToolsSource, options: LangChainToolsOptions = {}): StructuredTool[] {
  const catalog = createToolCatalog(
    source,
    options.embeddings === undefined ? undefined : { embeddings: langChainToolEmbeddings(options.embeddings) },
  );
  const baseUrls = serverBaseUrls(source);
  const visible = catalog.visible();
  const profiles = profileToolSchemas({ tools: visible, provider: options.provider, strict: options.strict });
  const tools: StructuredTool[] = visible.map(
    (descriptor) =>
      new ApiwireTool({
        descriptor,
        approve: options.approve,
        baseUrl: baseUrls.get(descriptor.server),
        results: options.results,
        profiled: profiles.get(descriptor.name),
      }),
  );
  if (catalog.deferred().length > 0) {
    const revealed = options.revealed ?? new Set<string>();
    for (const metaTool of [createSearchTool(catalog, { maxResults: options.maxResults, minCoverage: options.minCoverage }), createCallTool(catalog)]) {
      tools.push(new ApiwireMetaTool({ metaTool, catalog, revealed, approve: options.approve, baseUrls, results: options.results }));
    }
  }
  return tools;
}
