/** The tools `createApiwireMiddleware` registers, with the lookups its hooks share (deferred names, gated tools, reveals). */
import {
  createSearchTool,
  createToolCatalog,
  serverBaseUrls,
  type MetaTool,
  type ResultViewOptions,
  type ToolCatalog,
  type ToolDescriptor,
} from '@apiwire/core';
import type { ApiwireState } from './apiwire-agent-state';
import { ApiwireMetaTool } from './apiwire-meta-tool';
import { ApiwireTool } from './apiwire-tool';
import { type LangChainEmbeddingsOption, langChainToolEmbeddings } from './lang-chain-tool-embeddings';
import { revealedToolNames } from './revealed-tool-names';
import type { LangChainToolsSource } from './to-lang-chain-tools-options';

/** Everything the middleware's hooks look up, built once per middleware. */
export interface MiddlewareToolSet {
  catalog: ToolCatalog;
  /** `search_tools`, run by the middleware against each thread's reveals. */
  searchTool: MetaTool;
  /** Names of the deferred tools (empty: nothing is deferred, no `search_tools`). */
  deferredNames: ReadonlySet<string>;
  toolsByName: ReadonlyMap<string, ToolDescriptor>;
  /** The registered tools: one `ApiwireTool` per operation, and `search_tools` when some are deferred. */
  tools: Array<ApiwireTool | ApiwireMetaTool>;
  /** The registered tools by name (the instance the middleware runs). */
  ownTools: ReadonlyMap<string, ApiwireTool | ApiwireMetaTool>;
  /** Server base URLs by server name, shown to the `approve` hook. */
  baseUrls: ReadonlyMap<string, string>;
  /** The approval-gated descriptor behind a tool name, if any. */
  gatedTool(name: string): ToolDescriptor | undefined;
  /** The deferred tools revealed in a thread: its state's names and those its search messages carry. */
  revealedIn(state: ApiwireState): string[];
}

/** Builds the catalog of `source` and the tools the middleware registers (every tool, so the agent can run it). */
export function middlewareToolSet(options: {
  source: LangChainToolsSource;
  maxResults?: number;
  minCoverage?: number;
  results?: ResultViewOptions;
  embeddings?: LangChainEmbeddingsOption;
}): MiddlewareToolSet {
  const catalog = createToolCatalog(
    options.source,
    options.embeddings === undefined ? undefined : { embeddings: langChainToolEmbeddings(options.embeddings) },
  );
  const deferredNames = new Set(catalog.deferred().map((descriptor) => descriptor.name));
  // the middleware offers revealed tools to the model itself, schemas and all: the search result need not repeat them
  const searchTool = createSearchTool(catalog, { maxResults: options.maxResults, minCoverage: options.minCoverage, inputSchemas: false });
  const toolsByName = new Map<string, ToolDescriptor>(catalog.tools.map((descriptor) => [descriptor.name, descriptor]));
  // The registered search_tools is for binding only: the middleware runs searches against the thread's state.
  const tools = [
    ...catalog.tools.map((descriptor) => new ApiwireTool({ descriptor, results: options.results })),
    ...(deferredNames.size > 0 ? [new ApiwireMetaTool({ metaTool: searchTool, catalog, revealed: new Set() })] : []),
  ];
  return {
    catalog,
    searchTool,
    deferredNames,
    toolsByName,
    tools,
    ownTools: new Map(tools.map((tool) => [tool.name, tool])),
    baseUrls: serverBaseUrls(options.source),
    gatedTool: (name) => {
      const descriptor = toolsByName.get(name);
      return descriptor?.requiresApproval ? descriptor : undefined;
    },
    revealedIn: (state) => [...new Set([...(state.apiwireRevealedTools ?? []), ...revealedToolNames({ messages: state.messages })])],
  };
}
