/** Answers one approval question by the run's rule: asking on the terminal, or as the rule says. */
import { createInterface } from 'node:readline/promises';
import type { ApprovalRule } from './approval-rule';
import type { Transcript } from './create-transcript';

/** The question, the rule and the transcript the answer is printed to. */
export interface AskApprovalOptions {
  question: string;
  rule: ApprovalRule;
  transcript: Transcript;
}

/** True when the call may run. Without asking, the answer's line names the rule that gave it. */
export async function askApproval(options: AskApprovalOptions): Promise<boolean> {
  const { rule, transcript } = options;
  if (rule.answer !== 'ask') {
    const approved = rule.answer === 'approve';
    transcript.approvalAnswer({ question: options.question, approved, reason: rule.reason });
    return approved;
  }
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await terminal.question(transcript.approvalPrompt(options.question));
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    terminal.close();
  }
}
