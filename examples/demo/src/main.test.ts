import { fileURLToPath } from 'node:url';
import { approvalRule, runWithoutTerminal } from '@apiwire/example-transcript';
import { describe, expect, it } from 'vitest';

const directory = fileURLToPath(new URL('..', import.meta.url));

describe('pnpm demo without a terminal', () => {
  it('declines the refund by the shared rule, says so and how to change it, on lines of at most 80 characters', () => {
    const output = runWithoutTerminal({ directory });
    const lines = output.trimEnd().split('\n');
    const rule = approvalRule({ argv: [], env: {}, stdinIsTerminal: false });
    expect(output.replace(/\s+/g, ' ')).toContain(rule.explanation);
    expect(output.replace(/\s+/g, ' ')).toContain(`Allow this call? no (${rule.reason})`);
    expect(lines.slice(-4)).toEqual(['The billing API received 3 requests:', '  GET /customers/search', '  GET /payments', '  GET /reports/revenue']);
    expect(lines.filter((line) => line.length > 80)).toEqual([]);
    // The invalid refund (no amount): one indented line naming the field, not the SDK's nested error names.
    expect(lines.filter((line) => line.includes('invalid input'))).toEqual(['    ✗ invalid input, nothing sent: amount: required']);
    expect(output).not.toMatch(/AI_\w+Error|ApiwireToolInputError/);
  });

  it('approves with --approve and sends the refund once', () => {
    const output = runWithoutTerminal({ directory, args: ['--approve'] });
    expect(output).toContain('Allow this call? yes (set by the --approve flag)');
    expect(output.trimEnd().split('\n').slice(-2)).toEqual(['  GET /reports/revenue', '  POST /refunds']);
  });
});
