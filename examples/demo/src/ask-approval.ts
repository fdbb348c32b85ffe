/** Asks the human whether an approval-gated call may run: on the terminal, or from --approve / --deny. */
import { createInterface } from 'node:readline/promises';

/** How approvals are answered in this run. */
export type ApprovalMode = 'ask' | 'approve' | 'deny';

/** The human's answer to one approval question. */
export async function askApproval(options: { question: string; mode: ApprovalMode }): Promise<boolean> {
  if (options.mode !== 'ask') {
    console.log(`${options.question} ${options.mode === 'approve' ? 'yes (--approve)' : 'no (--deny)'}`);
    return options.mode === 'approve';
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
  return process.stdin.isTTY ? 'ask' : 'approve';
}
