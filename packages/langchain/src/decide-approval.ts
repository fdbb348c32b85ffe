/** Asks a developer's `approve` hook about one call and normalises its verdict; a hook that throws denies. */
import type { ApprovalDecision, ApproveHook, ToolDescriptor } from '@apiwire/core';
import { approvalRequestFor } from './approval-request-for';

/** The hook's verdict as an `ApprovalDecision` (`true` -> approved; a throw -> denied with a reason). */
export async function decideApproval(options: {
  approve: ApproveHook;
  tool: ToolDescriptor;
  input: unknown;
  /** The tool's server base URL, when known, for the request the hook sees. */
  baseUrl?: string;
}): Promise<ApprovalDecision> {
  try {
    const verdict = await options.approve(approvalRequestFor({ tool: options.tool, input: options.input, baseUrl: options.baseUrl }));
    if (typeof verdict === 'boolean') return { approved: verdict };
    return { approved: verdict?.approved === true, reason: verdict?.reason };
  } catch {
    return { approved: false, reason: 'the approval check failed' };
  }
}
