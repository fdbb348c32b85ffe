/**
 * @apiwire/ai-sdk: apiwire tools for the Vercel AI SDK, with native `deferLoading` + `toolSearch` and `toolApproval`.
 *
 * @example
 * ```ts
 * import { loadApiServer } from '@apiwire/core';
 * import { toAISDKTools } from '@apiwire/ai-sdk';
 * const billing = await loadApiServer({ name: 'billing', spec: './billing.yaml' });
 * const { tools, toolApproval } = toAISDKTools([billing]);
 * const result = await generateText({ model, tools, toolApproval, stopWhen: stepCountIs(8), prompt });
 * ```
 */
export { toAISDKTools } from './to-ai-sdk-tools';
export type {
  AISDKToolApprovalEntry,
  AISDKTools,
  AISDKToolsOptions,
  AISDKToolsSource,
  ApprovalClaim,
  ClaimApproval,
} from './to-ai-sdk-tools-options';
export { revealedToolNames } from './revealed-tool-names';
export type { AISDKEmbeddingsOption } from './ai-sdk-tool-embeddings';
export { InvalidToolNameError } from './invalid-tool-name-error';
export { ToolInputError } from './tool-input-error';
export { toolResultToModelOutput } from './tool-result-to-model-output';
export type { ModelOutput, ModelOutputOptions, ToolResultToModelOutputOptions } from './tool-result-to-model-output';
