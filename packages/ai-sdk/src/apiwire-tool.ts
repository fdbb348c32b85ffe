/** One apiwire tool descriptor as an AI SDK dynamic tool. */
import type { ApprovalDecision, ProfiledToolSchema, ResultViewOptions, ToolDescriptor, ToolResult } from '@apiwire/core';
import type { ModelMessage } from 'ai';
import { dynamicTool, type Tool } from 'ai';
import { findApprovalDecision } from './find-approval-decision';
import type { ClaimApproval } from './to-ai-sdk-tools-options';
import { toolInputSchema } from './tool-input-schema';
import { toolResultToModelOutput } from './tool-result-to-model-output';

/**
 * A `dynamicTool` whose `execute` calls `descriptor.invoke` with the step's abort signal. For approval-gated
 * tools it sets `needsApproval: true` (so the SDK asks even without `toolApproval`) and hands the SDK's decision
 * (`approvalFor`, else the approval response in the messages) to the core gate, which denies without one.
 */
export function apiwireTool(options: {
  descriptor: ToolDescriptor;
  /** The tool's schema under the provider profile, and whether it goes strict. */
  profiled: ProfiledToolSchema;
  /** Offer the tool from the first step even though it is deferred (an earlier search revealed it). */
  revealed: boolean;
  /** Let the SDK ask a human before approval-gated calls (`needsApproval`). */
  humanApproval: boolean;
  /** The verdict an `approve` hook gave for this call through `toolApproval`, if any. */
  approvalFor: (toolCallId: string) => ApprovalDecision | undefined;
  /** The tool's key in the tool set (the name the model calls it by). */
  key?: string;
  /** The adapter's `results` option, over the tool's own. */
  results?: ResultViewOptions;
  /** Makes each human approval single-use (the adapter's `claimApproval` option). */
  claimApproval?: ClaimApproval;
}): Tool<unknown, ToolResult> {
  const { descriptor, profiled, revealed, humanApproval, approvalFor } = options;
  const { method, path, operationId } = descriptor.operation;
  return dynamicTool({
    description: descriptor.description,
    inputSchema: toolInputSchema({ descriptor, profiled }),
    ...(profiled.strict ? { strict: true } : {}),
    ...(descriptor.deferred && !revealed ? { deferLoading: true } : {}),
    ...(descriptor.requiresApproval && humanApproval ? { needsApproval: true } : {}),
    metadata: {
      source: 'apiwire',
      server: descriptor.server,
      id: descriptor.id,
      method,
      path,
      ...(operationId === undefined ? {} : { operationId }),
    },
    // `context` is this tool's entry of the call's `toolsContext` (see AISDKTools.contextFor): it reaches
    // `auth.resolveCredential` as `callContext`, so each request carries its own user's credentials.
    execute: async (input, { abortSignal, toolCallId, messages, context }) => {
      const toolName = options.key ?? descriptor.name;
      const approval = descriptor.requiresApproval
        ? (approvalFor(toolCallId) ?? (await humanDecision({ messages, toolCallId, input, toolName, claimApproval: options.claimApproval })))
        : undefined;
      return await descriptor.invoke(input, {
        ...(abortSignal === undefined ? {} : { signal: abortSignal }),
        ...(approval === undefined ? {} : { approval }),
        ...(context === undefined ? {} : { callContext: context }),
      });
    },
    toModelOutput: ({ output, input }) =>
      toolResultToModelOutput(output as ToolResult, { tool: descriptor, input, toolName: options.key, results: options.results }),
  }) as Tool<unknown, ToolResult>;
}

/** The human's decision on this call from the messages; an approval `claimApproval` has seen before becomes a denial. */
async function humanDecision(options: {
  messages: readonly ModelMessage[];
  toolCallId: string;
  input: unknown;
  toolName: string;
  claimApproval: ClaimApproval | undefined;
}): Promise<ApprovalDecision | undefined> {
  const { toolCallId, toolName, claimApproval } = options;
  const found = findApprovalDecision(options);
  if (found === undefined || !found.decision.approved || claimApproval === undefined) return found?.decision;
  if (await claimApproval({ approvalId: found.approvalId, toolCallId, toolName })) return found.decision;
  return { approved: false, reason: 'this approval was already used (a repeated request); ask the user again if the call is still wanted' };
}
