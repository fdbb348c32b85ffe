import { describe, expect, it } from 'vitest';
import { approvalRule } from './approval-rule';

describe('approvalRule', () => {
  it('declines without a terminal and says so, with how to approve', () => {
    const rule = approvalRule({ argv: [], env: {}, stdinIsTerminal: false });
    expect(rule.answer).toBe('deny');
    expect(rule.explanation).toBe(
      'Approvals: no terminal to ask on (stdin is not a TTY), so calls that need approval are declined. ' +
        'To approve them, add --approve or set APIWIRE_DEMO_APPROVAL=approve.',
    );
    expect(rule.reason).toBe('no terminal to ask on; --approve or APIWIRE_DEMO_APPROVAL=approve allows it');
  });

  it('asks on a terminal', () => {
    expect(approvalRule({ argv: [], env: {}, stdinIsTerminal: true })).toMatchObject({ answer: 'ask', reason: '' });
    expect(approvalRule({ argv: [], env: { APIWIRE_DEMO_APPROVAL: 'ask' }, stdinIsTerminal: false }).answer).toBe('ask');
  });

  it('takes a flag over the environment, and the environment over the terminal', () => {
    const env = { APIWIRE_DEMO_APPROVAL: 'deny' };
    expect(approvalRule({ argv: ['--approve'], env, stdinIsTerminal: true })).toMatchObject({ answer: 'approve', reason: 'set by the --approve flag' });
    expect(approvalRule({ argv: ['--ci'], env, stdinIsTerminal: false })).toMatchObject({ answer: 'approve', reason: 'set by the --ci flag' });
    expect(approvalRule({ argv: ['--approve', '--deny'], env: {}, stdinIsTerminal: false }).answer).toBe('deny');
    expect(approvalRule({ argv: [], env, stdinIsTerminal: true })).toMatchObject({
      answer: 'deny',
      reason: 'set by APIWIRE_DEMO_APPROVAL=deny',
    });
    expect(approvalRule({ argv: [], env: { APIWIRE_DEMO_APPROVAL: ' Approve ' }, stdinIsTerminal: false }).answer).toBe('approve');
  });

  it('refuses an unknown APIWIRE_DEMO_APPROVAL value by name', () => {
    expect(() => approvalRule({ argv: [], env: { APIWIRE_DEMO_APPROVAL: 'yes' }, stdinIsTerminal: false })).toThrow(
      'APIWIRE_DEMO_APPROVAL must be approve, deny or ask; got "yes".',
    );
  });
});
