/** Reads the SDK's approval decision for one tool call from the messages the SDK hands to `execute`. */
import type { ApprovalDecision } from '@apiwire/core';
import type { ModelMessage } from 'ai';

/** A human's answer to one approval request, and the request's id. */
export interface FoundApprovalDecision {
  approvalId: string;
  decision: ApprovalDecision;
}

/**
 * The human's decision on `toolCallId` (with its approval id), when the messages end with the tool message that answers its approval
 * request (how the SDK resumes an approved call) and the approved call had this very input; undefined otherwise.
 * The SDK has already checked the response (and its signature, with `experimental_toolApprovalSecret`) before it
 * runs `execute`; the input check guards against providers that reuse tool call ids.
 */
export function findApprovalDecision(options: {
  messages: readonly ModelMessage[];
  toolCallId: string;
  input: unknown;
}): FoundApprovalDecision | undefined {
  const last = options.messages.at(-1);
  if (last == null || last.role !== 'tool') return undefined;
  const approvalIds = new Set<string>();
  let approvedInput: unknown;
  for (const message of options.messages) {
    if (message.role !== 'assistant' || typeof message.content === 'string') continue;
    for (const part of message.content) {
      if (part.type === 'tool-call' && part.toolCallId === options.toolCallId) approvedInput = part.input;
      if (part.type === 'tool-approval-request' && part.toolCallId === options.toolCallId) {
        approvalIds.add(part.approvalId);
      }
    }
  }
  if (stableJson(approvedInput) !== stableJson(options.input)) return undefined;
  for (const part of last.content) {
    if (part.type === 'tool-approval-response' && approvalIds.has(part.approvalId)) {
      const decision = part.reason == null ? { approved: part.approved } : { approved: part.approved, reason: part.reason };
      return { approvalId: part.approvalId, decision };
    }
  }
  return undefined;
}

/** JSON with object keys sorted, so equal values compare equal whatever their key order. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item != null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  ) ?? 'undefined';
}
