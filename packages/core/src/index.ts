/**
 * @apiwire/core: register an HTTP API by its OpenAPI document and get one framework-neutral tool per operation.
 *
 * @example
 * ```ts
 * import { loadApiServer } from '@apiwire/core';
 * const billing = await loadApiServer({ name: 'billing', spec: './billing.yaml' });
 * const result = await billing.tool('billing_get_invoice')!.invoke({ invoiceId: 'in_1' });
 * ```
 */
export { ApiwireError } from './apiwire-error';
export { SpecError } from './spec-error';
export { isBinaryData } from './is-binary-data';
export { AuthConfigurationError } from './auth/auth-configuration-error';
export { loadApiServer } from './load-api-server';
export type { ApiServer, ServerWarning } from './api-server';
export type { JsonSchema } from './json-schema';
export type {
  ApprovalRequest,
  ApproveHook,
  AuthOptions,
  CredentialReference,
  LoadApiServerOptions,
  OperationsOptions,
  RetryOptions,
  SchemeCredentials,
  SecretValue,
  Selector,
  Selectors,
} from './load-api-server-options';
export type {
  ApprovalDecision,
  HttpMethod,
  InvokeOptions,
  OperationInfo,
  ToolDescriptor,
} from './tool-descriptor';
export type {
  BinaryData,
  ToolErrorKind,
  ToolFailure,
  ToolInputIssue,
  ToolRequestSummary,
  ToolResult,
  ToolSuccess,
} from './tool-result';
export { SelectorError } from './policies/selector-error';
export { createToolCatalog, isToolCatalog } from './catalog/create-tool-catalog';
export type { ToolCatalogSource } from './catalog/create-tool-catalog';
export type { CatalogSearchOptions, SearchFunction, SearchMatch, ToolCatalog, ToolCatalogOptions } from './catalog/tool-catalog';
export type { SearchWarning, ToolEmbeddings, VectorCache } from './search/tool-embeddings';
export { embeddingText } from './search/embedding-text';
export { ToolNameClashError } from './catalog/tool-name-clash-error';
export type { MetaTool, MetaToolContext, MetaToolOutput } from './catalog/meta-tool';
export { createSearchTool } from './catalog/create-search-tool';
export { severalApisHint } from './catalog/several-apis-hint';
export { defaultMinCoverage, matchedPoorly } from './catalog/matched-poorly';
export type { FoundTool, SearchToolsResult } from './catalog/create-search-tool';
export { createCallTool } from './catalog/create-call-tool';
export { notRevealedFailure } from './catalog/not-revealed-failure';
export { serverBaseUrls } from './catalog/server-base-urls';
export { decideApproval, approvalHookFailedReason } from './approval/decide-approval';
export { describeApprovalRequest } from './approval/describe-approval-request';
export { notApprovedMessage } from './approval/not-approved-message';
export { mapJsonSchema, type JsonSchemaMapCache } from './schema/map-json-schema';
export { mapSubschemas, subschemaPointer, type SubschemaPosition } from './schema/map-subschemas';
export { subschemaKeywords, type SubschemaKind } from './schema/subschema-keywords';
export { escapePointerSegment, pointerSegments } from './load/json-pointer';
export { formatInputIssues } from './input/format-input-issues';
export { inputIssuesFromZod } from './input/input-issues-from-zod';
export type { ZodIssueLike } from './input/input-issues-from-zod';
export { profileToolSchemas } from './schema/profiles/profile-tool-schemas';
export type { ProfiledToolSchema } from './schema/profiles/profile-tool-schemas';
export type { SchemaProfileOptions, SchemaProvider } from './schema/profiles/schema-profile';
export { estimateToolTokens } from './tokens/estimate-tool-tokens';
export type { EstimateToolTokensOptions, ToolDefinition, ToolTokenEstimate } from './tokens/estimate-tool-tokens';
export { estimateTextTokens } from './tokens/estimate-text-tokens';
export { toModelView } from './results/to-model-view';
export { parseJsonPrefix } from './results/parse-json-prefix';
export type { ToModelViewOptions } from './results/to-model-view';
export type { ModelView } from './results/model-view';
export type {
  CompactOptions,
  ResultLimits,
  ResultsOptions,
  ResultsOverride,
  ResultViewOptions,
  TokenCounter,
} from './results/results-options';
export { defaultMaxResultTokens } from './results/results-options';
export type { PagingInputs, ToolResultSettings } from './results/tool-result-settings';
export type { CompactionKinds } from './results/compact-value';
export { ResultsOptionError } from './results/results-option-error';
