import type { ToolResult } from '@apiwire/core';
import { describe, expect, it } from 'vitest';
import { createTranscript } from './create-transcript';

function recorder(width = 80) {
  const lines: string[] = [];
  const transcript = createTranscript({ write: (line) => lines.push(line), width, color: false });
  return { lines, transcript };
}

const request = { method: 'POST', url: 'http://127.0.0.1:4010/v1/refunds' };

describe('createTranscript', () => {
  it('prints invalid input as one indented line, with nothing sent and no HTTP line', () => {
    const { lines, transcript } = recorder();
    const invalid: ToolResult = { ok: false, error: { kind: 'invalid_input', message: 'amount: required' }, request } as ToolResult;
    transcript.result(invalid);
    transcript.notSent({ kind: 'invalid input', message: 'amount: required' });
    expect(lines).toEqual(['    ✗ invalid input, nothing sent: amount: required', '    ✗ invalid input, nothing sent: amount: required']);
  });

  it('prints a sent call as its request and its response, the body cut and wrapped to the width', () => {
    const { lines, transcript } = recorder();
    const data = { data: Array.from({ length: 20 }, (_, index) => ({ id: `re_${index}`, amount: 2500 })) };
    transcript.call({ name: 'billing_create_refund', input: { payment_id: 'pay_1', amount: 2500 } });
    transcript.result({ ok: true, status: 201, data, contentType: 'application/json', request } as ToolResult);
    expect(lines.slice(0, 3)).toEqual([
      '  → call billing_create_refund {"payment_id":"pay_1","amount":2500}',
      '    HTTP POST http://127.0.0.1:4010/v1/refunds',
      '    ← 201 application/json',
    ]);
    expect(lines.slice(3).every((line) => line.startsWith('      ') && line.length <= 80)).toBe(true);
    expect(lines.at(-1)).toMatch(/… \(\d+ characters\)$/);
  });

  it('prints an HTTP failure with its status and kind', () => {
    const { lines, transcript } = recorder();
    transcript.result({ ok: false, status: 404, error: { kind: 'http_error', message: 'No such payment' }, request } as ToolResult);
    expect(lines).toEqual(['    HTTP POST http://127.0.0.1:4010/v1/refunds', '    ← 404, http_error: No such payment']);
  });

  it('lists the offered tools once, then only what changed', () => {
    const { lines, transcript } = recorder();
    transcript.modelSees(['billing_get_health', 'search_tools']);
    transcript.modelSees(['billing_get_health', 'search_tools']);
    transcript.modelSees(['billing_get_health', 'search_tools', 'billing_get_aging_report']);
    expect(lines).toEqual([
      '',
      'step 1 model sees 2 tools: billing_get_health, search_tools',
      '',
      'step 2 model sees 2 tools: the same tools',
      '',
      'step 3 model sees 3 tools: now also billing_get_aging_report',
    ]);
  });

  it('wraps every kind of line to the width, 570 characters included', () => {
    const { lines, transcript } = recorder(60);
    const long = 'x'.repeat(570);
    transcript.note(`Registered Billing API: ${'twenty-five tools '.repeat(10)}`);
    transcript.user(`Refund the onboarding payment ${'please '.repeat(20)}`);
    transcript.model(long);
    transcript.approvalNeeded({ name: 'billing_create_refund', input: { note: long }, sends: 'POST http://127.0.0.1:4010/v1/refunds' });
    transcript.approvalAnswer({ question: 'Allow this call?', approved: false, reason: 'no terminal to ask on; --approve or APIWIRE_DEMO_APPROVAL=approve allows it' });
    transcript.revealed(Array.from({ length: 10 }, (_, index) => `billing_report_${index}`));
    transcript.received({ api: 'billing API', requests: ['GET /reports/aging'] });
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(60);
    const answer = lines.indexOf('    Allow this call? no (no terminal to ask on; --approve');
    expect(lines[answer + 1]).toBe('      or APIWIRE_DEMO_APPROVAL=approve allows it)');
    expect(lines.slice(-3)).toEqual(['', 'The billing API received 1 request:', '  GET /reports/aging']);
  });

  it('colours labels only when asked', () => {
    const lines: string[] = [];
    createTranscript({ write: (line) => lines.push(line), width: 80, color: true }).model('Done.');
    expect(lines).toEqual(['  \x1b[1mmodel:\x1b[0m Done.']);
  });
});
