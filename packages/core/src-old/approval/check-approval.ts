/** The approval gate: an approval-gated call proceeds only with a framework decision or the hook's yes. */
import type { ApproveHook } from '../load-api-server-options';
import type { ApprovalDecision, ToolDescriptor } from '../tool-descriptor';
import type { ToolFailure, ToolRequestSummary } from '../tool-result';
import { decideApproval } from './decide-approval';
import { notApprovedMessage } from './not-approved-message';

/**
 * Returns a `denied` failure when the call may not proceed, undefined when it may. Tools without
 * `requiresApproval` always pass. Otherwise the framework's decision (`approval`) is final, yes or no;
 * without one, the server's `approve` hook decides (`decideApproval`: a hook that throws denies).
 * With neither, the model reads that the call requires human approval.
 */
export async function checkApproval(options: {
  tool: ToolDescriptor;
  input: Record<string, unknown>;
  request: ToolRequestSummary;
  approval: ApprovalDecision | undefined;
  approve: ApproveHook | undefined;
}): Promise<ToolFailure | undefined> {
  const { tool, request } = options;
  if (!tool.requiresApproval) return undefined;
  const decision =
    options.approval ??
    (options.approve === undefined
      ? undefined
      : await decideApproval({ approve: options.approve, request: { tool, input: options.input, request } }));
  if (decision === undefined) {
    return denied({
      request,
      message: `${tool.name} requires human approval and none was given; the request was not sent.`,
    });
  }
  if (decision.approved === true) return undefined;
  return denied({ request, message: notApprovedMessage({ toolName: tool.name, reason: decision.reason }) });
}

function denied(options: { request: ToolRequestSummary; message: string }): ToolFailure {
  return { ok: false, error: { kind: 'denied', message: options.message }, request: options.request };
}
