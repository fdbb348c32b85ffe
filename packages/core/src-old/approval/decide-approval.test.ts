import { describe, expect, it } from 'vitest';
import { describeApprovalRequest, type ToolDescriptor } from '../index';
import { approvalHookFailedReason, decideApproval } from './decide-approval';

const tool = {
  name: 'billing_create_refund',
  id: 'billing.create_refund',
  server: 'billing',
  operation: { method: 'POST', path: '/payments/{paymentId}/refunds', tags: [], deprecated: false },
  requiresApproval: true,
  deferred: false,
} as unknown as ToolDescriptor;
const request = describeApprovalRequest({ tool, input: { paymentId: 'pay_1', amount: 5 }, baseUrl: 'https://billing.test/v1/' });

describe('decideApproval', () => {
  it('normalises booleans and objects, trimming an empty reason away', async () => {
    expect(await decideApproval({ approve: () => true, request })).toEqual({ approved: true });
    expect(await decideApproval({ approve: async () => false, request })).toEqual({ approved: false });
    expect(await decideApproval({ approve: () => ({ approved: false, reason: ' over budget ' }), request })).toEqual({
      approved: false,
      reason: 'over budget',
    });
    expect(await decideApproval({ approve: () => ({ approved: true, reason: '  ' }), request })).toEqual({ approved: true });
    // anything but approved: true denies
    expect(await decideApproval({ approve: () => ({ approved: 'yes' }) as never, request })).toEqual({ approved: false });
    expect(await decideApproval({ approve: () => undefined as never, request })).toEqual({ approved: false });
  });

  it('denies when the hook throws or rejects, without passing its text on', async () => {
    const thrown = await decideApproval({
      approve: () => {
        throw new Error('token secret-123 expired');
      },
      request,
    });
    expect(thrown).toEqual({ approved: false, reason: approvalHookFailedReason });
    const rejected = await decideApproval({ approve: () => Promise.reject(new Error('secret-123')), request });
    expect(rejected).toEqual({ approved: false, reason: approvalHookFailedReason });
  });

  it('hands the hook the described request', async () => {
    const seen: unknown[] = [];
    await decideApproval({ approve: (asked) => (seen.push(asked), true), request });
    expect(seen).toEqual([
      { tool, input: { paymentId: 'pay_1', amount: 5 }, request: { method: 'POST', url: 'https://billing.test/v1/payments/pay_1/refunds' } },
    ]);
  });
});
