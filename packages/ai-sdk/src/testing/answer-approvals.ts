/** Builds the next conversation turn that answers every approval request of a generation, as an app would. */
import type { ModelMessage, ToolApprovalResponse } from 'ai';

/** The conversation so far plus one tool message answering each approval request in `content`. */
export function answerApprovals(options: {
  history: ModelMessage[];
  responseMessages: ModelMessage[];
  content: ReadonlyArray<{ type: string }>;
  approved: boolean;
  reason?: string;
}): ModelMessage[] {
  const responses: ToolApprovalResponse[] = options.content
    .filter((part): part is { type: 'tool-approval-request'; approvalId: string } => part.type === 'tool-approval-request')
    .map((part) => ({
      type: 'tool-approval-response',
      approvalId: part.approvalId,
      approved: options.approved,
      ...(options.reason === undefined ? {} : { reason: options.reason }),
    }));
  return [...options.history, ...options.responseMessages, { role: 'tool', content: responses }];
}
