import { fileURLToPath } from 'node:url';
import { approvalRule, runWithoutTerminal } from '@apiwire/example-transcript';
import { describe, expect, it } from 'vitest';

const directory = fileURLToPath(new URL('..', import.meta.url));

describe('pnpm demo:langchain without a terminal', () => {
  it('declines the refund by the same rule as pnpm demo, says so and how to change it, on lines of at most 80 characters', () => {
    const output = runWithoutTerminal({ directory });
    const lines = output.trimEnd().split('\n');
    const rule = approvalRule({ argv: [], env: {}, stdinIsTerminal: false });
    expect(output.replace(/\s+/g, ' ')).toContain(rule.explanation);
    expect(output.replace(/\s+/g, ' ')).toContain(`Allow this call? no (${rule.reason})`);
    expect(lines.slice(-2)).toEqual(['The billing API received 1 request:', '  GET /reports/aging']);
    expect(lines.filter((line) => line.length > 80)).toEqual([]);
    expect(lines.filter((line) => line.includes('invalid input'))).toEqual(['    ✗ invalid input, nothing sent: as_of: Invalid ISO date']);
  });

  it('approves with APIWIRE_DEMO_APPROVAL=approve and sends the refund once', () => {
    const output = runWithoutTerminal({ directory, env: { APIWIRE_DEMO_APPROVAL: 'approve' } });
    expect(output).toContain('Allow this call? yes (set by APIWIRE_DEMO_APPROVAL=approve)');
    expect(output.trimEnd().split('\n').slice(-3)).toEqual(['The billing API received 2 requests:', '  GET /reports/aging', '  POST /refunds']);
  });
});
