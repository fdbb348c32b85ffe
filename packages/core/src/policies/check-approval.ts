/** The approval gate: an approval-gated call proceeds only with a framework decision or the hook's yes. */
import type { ApproveHook } from '../load-api-server-options';
import type { ApprovalDecision, ToolDescriptor } from '../tool-descriptor';
import type { ToolFailure, ToolRequestSummary } from '../tool-result';

/** Returns a `denied` failure when the call may not proceed, undefined when it may. */
export async function checkApproval(options: {
  tool: ToolDescriptor;
  input: Record<string, unknown>;
  request: ToolRequestSummary;
  approval: ApprovalDecision | undefined;
  approve: ApproveHook | undefined;
}): Promise<ToolFailure | undefined> {
  if (!options.tool.requiresApproval) return undefined;
  if (options.approval?.approved === true) return undefined;
  return {
    ok: false,
    error: { kind: 'denied', message: `${options.tool.name} requires human approval.` },
    request: options.request,
  };
}
