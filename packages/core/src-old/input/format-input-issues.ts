/** Formats input issues as the one line a model reads. */
import type { ToolInputIssue } from '../tool-result';

/** Every field and its problem: `contactId: required; amount: Too small: expected number to be >=1` ('' path: the message alone). */
export function formatInputIssues(issues: readonly ToolInputIssue[]): string {
  return issues.map((issue) => (issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`)).join('; ');
}
