/** The sentence a model reads when an approval-gated call was turned down. */

/** `billing_create_refund was not approved.`, or `… was not approved: over the limit.` with a reason. */
export function notApprovedMessage(options: { toolName: string; reason?: string }): string {
  const reason = options.reason?.trim();
  return reason ? `${options.toolName} was not approved: ${reason}.` : `${options.toolName} was not approved.`;
}
