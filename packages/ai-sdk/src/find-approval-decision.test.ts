import type { ModelMessage } from 'ai';
import { describe, expect, it } from 'vitest';
import { findApprovalDecision } from './find-approval-decision';

const call = { type: 'tool-call' as const, toolCallId: 'call_1', toolName: 'billing_create_refund', input: { amount: 10, payment_id: 'pay_1' } };
const history: ModelMessage[] = [
  { role: 'user', content: 'Refund it.' },
  { role: 'assistant', content: [call, { type: 'tool-approval-request', approvalId: 'ap_1', toolCallId: 'call_1' }] },
  { role: 'tool', content: [{ type: 'tool-approval-response', approvalId: 'ap_1', approved: true, reason: 'ok' }] },
];

describe('findApprovalDecision', () => {
  it('finds the answer to the approval request of the call, whatever the key order of its input', () => {
    expect(findApprovalDecision({ messages: history, toolCallId: 'call_1', input: { payment_id: 'pay_1', amount: 10 } })).toEqual({
      approvalId: 'ap_1',
      decision: { approved: true, reason: 'ok' },
    });
  });

  it('ignores another call, another input under a reused call id, and answers not at the end', () => {
    expect(findApprovalDecision({ messages: history, toolCallId: 'call_2', input: call.input })).toBeUndefined();
    expect(findApprovalDecision({ messages: history, toolCallId: 'call_1', input: { payment_id: 'pay_1', amount: 99999 } })).toBeUndefined();
    expect(
      findApprovalDecision({ messages: [...history, { role: 'user', content: 'And another.' }], toolCallId: 'call_1', input: call.input }),
    ).toBeUndefined();
  });
});
