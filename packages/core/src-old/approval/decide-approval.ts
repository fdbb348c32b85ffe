/** Asks a developer's `approve` hook about one call and normalises its verdict; a hook that throws denies. */
import type { ApprovalRequest, ApproveHook } from '../load-api-server-options';
import type { ApprovalDecision } from '../tool-descriptor';

/** The reason a denial carries when the hook threw (the thrown text may hold anything, so it is not passed on). */
export const approvalHookFailedReason = 'the approval hook failed';

/**
 * The hook's verdict as an `ApprovalDecision`: `true` / `false` become `{ approved }`, an object keeps its
 * reason, anything but `approved: true` denies, and a hook that throws (or rejects) denies with
 * `approvalHookFailedReason`. The one place every adapter and the invoker's gate ask the hook.
 */
export async function decideApproval(options: { approve: ApproveHook; request: ApprovalRequest }): Promise<ApprovalDecision> {
  let verdict: boolean | ApprovalDecision;
  try {
    verdict = await options.approve(options.request);
  } catch {
    return { approved: false, reason: approvalHookFailedReason };
  }
  if (typeof verdict === 'boolean') return { approved: verdict };
  const reason = typeof verdict?.reason === 'string' && verdict.reason.trim() !== '' ? verdict.reason.trim() : undefined;
  return reason === undefined ? { approved: verdict?.approved === true } : { approved: verdict?.approved === true, reason };
}
