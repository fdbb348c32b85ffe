/** Asks the human whether an approval-gated call may run: on the terminal, or from --approve / --deny. */
import { createInterface } from 'node:readline/promises';

/** How approvals are answered in this run: asked, or answered by a flag (or by default when not a terminal). */
export type ApprovalMode = 'ask' | 'approve' | 'deny' | 'approve-not-a-terminal';

/** The human's answer to one approval question. */
export async function askApproval(options: { question: string; mode: ApprovalMode }): Promise<boolean> {
  if (options.mode !== 'ask') {
    const answers = {
      approve: 'yes (--approve)',
      deny: 'no (--deny)',
      'approve-not-a-terminal': 'yes (no terminal to ask on; pass --deny to refuse)',
    };
    console.log(`${options.question} ${answers[options.mode]}`);
    return options.mode !== 'deny';
  }
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = await terminal.question(`${options.question} [y/N] `);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    terminal.close();
  }
}

/** The approval mode from the command line: --approve, --deny, or asking when stdin is a terminal. */
export function approvalMode(argv: string[]): ApprovalMode {
  if (argv.includes('--deny')) return 'deny';
  if (argv.includes('--approve') || argv.includes('--ci')) return 'approve';
  return process.stdin.isTTY ? 'ask' : 'approve-not-a-terminal';
}
