/**
 * @apiwire/langchain: apiwire tools for LangChain JS, as `StructuredTool`s for `bindTools` and as `createAgent`
 * middleware that asks a human before approval-gated calls and keeps deferred tools out of the prompt.
 *
 * @example
 * ```ts
 * import { loadApiServer } from '@apiwire/core';
 * import { createApiwireMiddleware } from '@apiwire/langchain';
 * const billing = await loadApiServer({ name: 'billing', spec: './billing.yaml',
 *   operations: { requireApproval: 'mutating', defer: ['tag:reports'] } });
 * const agent = createAgent({ model, middleware: [createApiwireMiddleware([billing])], checkpointer });
 * ```
 */
export { ApiwireMetaTool, type ApiwireMetaToolOptions } from './apiwire-meta-tool';
export { ApiwireTool, type ApiwireToolOptions } from './apiwire-tool';
export { apiwireAgentState } from './apiwire-agent-state';
export {
  createApiwireMiddleware,
  type ApiwireMiddleware,
  type ApiwireMiddlewareOptions,
} from './create-apiwire-middleware';
export { revealedToolNames } from './revealed-tool-names';
export { toLangChainTools } from './to-lang-chain-tools';
export type { LangChainToolsOptions, LangChainToolsSource } from './to-lang-chain-tools-options';
export type { LangChainEmbeddingsOption } from './lang-chain-tool-embeddings';
export { toolResultToContent, toolResultContent } from './tool-result-to-content';
export type { ToolResultToContentOptions, ToolResultContentOptions } from './tool-result-to-content';
export { ToolWiringError } from './tool-wiring-error';
