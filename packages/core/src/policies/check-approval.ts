/** The approval gate: an approval-gated call proceeds only with a framework decision or the hook's yes. */
import type { ApproveHook } from '../load-api-server-options';
import type { ApprovalDecision, ToolDescriptor } from '../tool-descriptor';
import type { ToolFailure, ToolRequestSummary } from '../tool-result';

/**
 * Returns a `denied` failure when the call may not proceed, undefined when it may. Tools without
 * `requiresApproval` always pass. Otherwise the framework's decision (`approval`) is final, yes or no;
 * without one, the server's `approve` hook decides (`true` or `{ approved: true }`); a hook that throws denies.
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

  if (options.approval !== undefined) {
    if (options.approval.approved === true) return undefined;
    return denied({ request, message: `${tool.name} was not approved${because(options.approval.reason)}.` });
  }

  if (options.approve !== undefined) {
    let verdict: boolean | ApprovalDecision;
    try {
      verdict = await options.approve({ tool, input: options.input, request });
    } catch {
      return denied({ request, message: `${tool.name} requires approval and the approval check failed.` });
    }
    const decision: ApprovalDecision = typeof verdict === 'boolean' ? { approved: verdict } : verdict;
    if (decision?.approved === true) return undefined;
    return denied({ request, message: `${tool.name} was not approved${because(decision?.reason)}.` });
  }

  return denied({
    request,
    message: `${tool.name} requires human approval and none was given; the request was not sent.`,
  });
}

function denied(options: { request: ToolRequestSummary; message: string }): ToolFailure {
  return { ok: false, error: { kind: 'denied', message: options.message }, request: options.request };
}

function because(reason: string | undefined): string {
  return typeof reason === 'string' && reason.trim() !== '' ? `: ${reason.trim()}` : '';
}
