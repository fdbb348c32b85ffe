/** Formats input issues as one line the model can act on. */
import type { ToolInputIssue } from '@apiwire/core';

/** One line naming every field and its problem: `contactId: required; amount: Too small: expected number to be >=1`. */
export function formatInputIssues(issues: readonly ToolInputIssue[]): string {
  return issues.map((issue) => (issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`)).join('; ');
}
