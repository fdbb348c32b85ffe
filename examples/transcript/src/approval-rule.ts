/** How both demos answer approval-gated calls: one rule, decided once per run and shown on screen. */

/** The environment variable that sets the answer when no flag does. */
export const approvalVariable = 'APIWIRE_DEMO_APPROVAL';

/** How approval questions are answered in this run, and the sentence that says so (and how to change it). */
export interface ApprovalRule {
  answer: 'ask' | 'approve' | 'deny';
  /** One sentence for the top of the transcript. */
  explanation: string;
  /** Why a call was approved or declined without asking, for the answer's line ('' when asking). */
  reason: string;
}

/** Where the rule is read from: the command line, the environment, and whether stdin is a terminal. */
export interface ApprovalRuleOptions {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  stdinIsTerminal: boolean;
}

/**
 * The run's rule. `--approve` / `--deny` (and `--ci`, which approves) come first, then `APIWIRE_DEMO_APPROVAL`
 * (`approve`, `deny`, `ask`); otherwise the demo asks on the terminal, and without one (stdin piped or closed)
 * it declines: nobody can approve, so nothing that needs approval is sent, as apiwire itself does.
 * @example approvalRule({ argv: process.argv.slice(2), env: process.env, stdinIsTerminal: Boolean(process.stdin.isTTY) })
 */
export function approvalRule(options: ApprovalRuleOptions): ApprovalRule {
  if (options.argv.includes('--deny')) return fixed('deny', 'the --deny flag'); // the safer flag wins
  const flag = ['--approve', '--ci'].find((name) => options.argv.includes(name));
  if (flag) return fixed('approve', `the ${flag} flag`);
  const variable = options.env[approvalVariable]?.trim().toLowerCase();
  if (variable === 'approve' || variable === 'deny') return fixed(variable, `${approvalVariable}=${variable}`);
  if (variable !== undefined && variable !== '' && variable !== 'ask') {
    throw new Error(`${approvalVariable} must be approve, deny or ask; got "${options.env[approvalVariable]}".`);
  }
  if (variable === 'ask' || options.stdinIsTerminal) {
    return {
      answer: 'ask',
      explanation: `Approvals: asked here on the terminal (--approve, --deny or ${approvalVariable}=approve|deny answer ahead).`,
      reason: '',
    };
  }
  return {
    answer: 'deny',
    explanation:
      'Approvals: no terminal to ask on (stdin is not a TTY), so calls that need approval are declined. ' +
      `To approve them, add --approve or set ${approvalVariable}=approve.`,
    reason: `no terminal to ask on; --approve or ${approvalVariable}=approve allows it`,
  };
}

function fixed(answer: 'approve' | 'deny', source: string): ApprovalRule {
  const verb = answer === 'approve' ? 'approved' : 'declined';
  return {
    answer,
    explanation:
      `Approvals: calls that need approval are ${verb}, set by ${source}. ` +
      'Without it the demo asks on a terminal, and declines when there is none.',
    reason: `set by ${source}`,
  };
}
