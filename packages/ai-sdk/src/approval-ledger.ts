/** Hands an `approve` hook's verdict from the SDK's approval step to the `execute` of the same tool call. */
import type { ApprovalDecision } from '@apiwire/core';

/** Verdicts by tool name and tool call id, each taken once; one ledger per `toAISDKTools` result. */
export interface ApprovalLedger {
  record(options: { toolName: string; toolCallId: string; decision: ApprovalDecision }): void;
  take(options: { toolName: string; toolCallId: string }): ApprovalDecision | undefined;
}

/** Creates an empty ledger that keeps at most `limit` verdicts not yet taken (oldest dropped first). */
export function createApprovalLedger(options: { limit?: number } = {}): ApprovalLedger {
  const limit = options.limit ?? 1000;
  const decisions = new Map<string, ApprovalDecision>();
  const keyOf = (toolName: string, toolCallId: string) => `${toolName}\u0000${toolCallId}`;
  return {
    record({ toolName, toolCallId, decision }) {
      const key = keyOf(toolName, toolCallId);
      decisions.delete(key);
      decisions.set(key, decision);
      while (decisions.size > limit) decisions.delete(decisions.keys().next().value as string);
    },
    take({ toolName, toolCallId }) {
      const key = keyOf(toolName, toolCallId);
      const decision = decisions.get(key);
      decisions.delete(key);
      return decision;
    },
  };
}
