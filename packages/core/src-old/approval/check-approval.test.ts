import { describe, expect, it } from 'vitest';
import type { ApprovalRequest, ToolDescriptor } from '../index';
import { checkApproval } from './check-approval';

function gated(requiresApproval: boolean): ToolDescriptor {
  return {
    name: 'billing_delete_invoice',
    id: 'billing.delete_invoice',
    server: 'billing',
    description: 'Delete an invoice',
    inputSchema: { type: 'object' },
    get zodSchema(): never {
      throw new Error('not used');
    },
    operation: { operationId: 'deleteInvoice', method: 'DELETE', path: '/invoices/{invoiceId}', tags: [], deprecated: false },
    requiresApproval,
    deferred: false,
    invoke: async () => ({ ok: true, status: 204, data: null, contentType: undefined }),
  };
}

const request = { method: 'DELETE', url: 'https://billing.test/invoices/in_1?api_key=***' };
const input = { invoiceId: 'in_1' };

describe('checkApproval', () => {
  it('lets tools without requiresApproval through', async () => {
    expect(await checkApproval({ tool: gated(false), input, request, approval: undefined, approve: undefined })).toBeUndefined();
  });

  it('denies with a readable message when nobody decided', async () => {
    const result = await checkApproval({ tool: gated(true), input, request, approval: undefined, approve: undefined });
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'denied',
        message: 'billing_delete_invoice requires human approval and none was given; the request was not sent.',
      },
      request,
    });
  });

  it("follows the framework's decision, and an explicit denial wins over the hook", async () => {
    const approve = () => true;
    expect(await checkApproval({ tool: gated(true), input, request, approval: { approved: true }, approve: undefined })).toBeUndefined();
    const denied = await checkApproval({ tool: gated(true), input, request, approval: { approved: false, reason: 'not today' }, approve });
    expect(denied?.error).toEqual({ kind: 'denied', message: 'billing_delete_invoice was not approved: not today.' });
  });

  it('asks the hook with the tool, the validated input and the masked request', async () => {
    const seen: ApprovalRequest[] = [];
    const result = await checkApproval({
      tool: gated(true),
      input,
      request,
      approval: undefined,
      approve: async (asked) => {
        seen.push(asked);
        return { approved: asked.input.invoiceId === 'in_1' };
      },
    });
    expect(result).toBeUndefined();
    expect(seen).toHaveLength(1);
    expect(seen[0].tool.name).toBe('billing_delete_invoice');
    expect(seen[0].input).toEqual(input);
    expect(seen[0].request).toEqual(request);
  });

  it('denies when the hook says no (boolean or object) or throws', async () => {
    const no = await checkApproval({ tool: gated(true), input, request, approval: undefined, approve: () => false });
    expect(no?.error.message).toBe('billing_delete_invoice was not approved.');
    const reasoned = await checkApproval({
      tool: gated(true),
      input,
      request,
      approval: undefined,
      approve: () => ({ approved: false, reason: 'over the limit' }),
    });
    expect(reasoned?.error.message).toBe('billing_delete_invoice was not approved: over the limit.');
    const thrown = await checkApproval({
      tool: gated(true),
      input,
      request,
      approval: undefined,
      approve: () => {
        throw new Error('secret-token-123 leaked?');
      },
    });
    expect(thrown?.error.kind).toBe('denied');
    expect(thrown?.error.message).toBe('billing_delete_invoice was not approved: the approval hook failed.');
    expect(thrown?.error.message).not.toContain('secret');
  });
});
