import { describe, expect, it } from 'vitest';
import type { HttpMethod, ToolDescriptor } from '../index';
import { SelectorError } from '../index';
import { applyOperationPolicies } from './apply-operation-policies';

function tool(options: { operationId: string; method: HttpMethod; path: string; tags?: string[]; extensions?: Record<string, unknown> }): ToolDescriptor {
  const local = options.operationId.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
  return {
    name: `billing_${local}`,
    id: `billing.${local}`,
    server: 'billing',
    description: options.operationId,
    inputSchema: { type: 'object', properties: {} },
    get zodSchema(): never {
      throw new Error('not used');
    },
    operation: { operationId: options.operationId, method: options.method, path: options.path, tags: options.tags ?? [], deprecated: false, extensions: options.extensions },
    requiresApproval: false,
    deferred: false,
    invoke: async () => ({ ok: true, status: 200, data: null, contentType: undefined }),
  };
}

function billingTools(): ToolDescriptor[] {
  return [
    tool({ operationId: 'listInvoices', method: 'GET', path: '/invoices', tags: ['invoices'] }),
    tool({ operationId: 'createInvoice', method: 'POST', path: '/invoices', tags: ['invoices'] }),
    tool({ operationId: 'getInvoice', method: 'GET', path: '/invoices/{invoiceId}', tags: ['invoices'] }),
    tool({ operationId: 'deleteInvoice', method: 'DELETE', path: '/invoices/{invoiceId}', tags: ['invoices', 'Admin'] }),
    tool({ operationId: 'refundPayment', method: 'POST', path: '/payments/{paymentId}/refund', tags: ['payments'], extensions: { 'x-openai-isConsequential': false } }),
    tool({ operationId: 'getReport', method: 'GET', path: '/reports/{reportId}/export', tags: ['reports'], extensions: { 'x-openai-isConsequential': true } }),
  ];
}

const names = (tools: ToolDescriptor[]) => tools.map((entry) => entry.operation.operationId);

describe('applyOperationPolicies', () => {
  it('keeps everything with no options and sets no flags', () => {
    const { tools, warnings } = applyOperationPolicies({ tools: billingTools(), operations: undefined });
    expect(tools).toHaveLength(6);
    expect(tools.some((entry) => entry.requiresApproval || entry.deferred)).toBe(false);
    expect(warnings).toEqual([]);
  });

  it('reads every selector form in include and exclude', () => {
    const pick = (include: Parameters<typeof applyOperationPolicies>[0]['operations']) =>
      names(applyOperationPolicies({ tools: billingTools(), operations: include }).tools);
    expect(pick({ include: 'createInvoice' })).toEqual(['createInvoice']);
    expect(pick({ include: 'billing_get_invoice' })).toEqual(['getInvoice']);
    expect(pick({ include: 'billing.delete_invoice' })).toEqual(['deleteInvoice']);
    expect(pick({ include: 'billing.*_invoice' })).toEqual(['createInvoice', 'getInvoice', 'deleteInvoice']);
    expect(pick({ include: 'tag:admin' })).toEqual(['deleteInvoice']);
    expect(pick({ include: 'GET /invoices/*' })).toEqual(['getInvoice']);
    expect(pick({ include: '* /invoices/{invoiceId}' })).toEqual(['getInvoice', 'deleteInvoice']);
    expect(pick({ include: 'post /**' })).toEqual(['createInvoice', 'refundPayment']);
    expect(pick({ include: (entry) => entry.operation.path.startsWith('/reports') })).toEqual(['getReport']);
    expect(pick({ include: ['tag:payments', 'getReport'] })).toEqual(['refundPayment', 'getReport']);
    expect(pick({ exclude: ['tag:invoices'] })).toEqual(['refundPayment', 'getReport']);
    expect(pick({ include: 'tag:invoices', exclude: 'DELETE /**' })).toEqual(['listInvoices', 'createInvoice', 'getInvoice']);
  });

  it('warns about an include or exclude selector that matches nothing', () => {
    const { tools, warnings } = applyOperationPolicies({
      tools: billingTools(),
      operations: { include: ['tag:invoices', 'tag:invoicez'], exclude: [() => false, 'deleteInvoice'] },
    });
    expect(names(tools)).toEqual(['listInvoices', 'createInvoice', 'getInvoice']);
    expect(warnings.map((warning) => warning.message)).toEqual([
      'operations.include: selector "tag:invoicez" matches no operation (a typo?)',
      'operations.exclude: predicate #1 matches no operation (a typo?)',
    ]);
  });

  it("requires approval for 'mutating', true, selectors, and the consequential hint when opted in", () => {
    const flagged = (operations: Parameters<typeof applyOperationPolicies>[0]['operations']) =>
      names(applyOperationPolicies({ tools: billingTools(), operations }).tools.filter((entry) => entry.requiresApproval));
    expect(flagged({ requireApproval: 'mutating' })).toEqual(['createInvoice', 'deleteInvoice', 'refundPayment']);
    expect(flagged({ requireApproval: true })).toHaveLength(6);
    expect(flagged({ requireApproval: ['tag:reports', 'DELETE /**'] })).toEqual(['deleteInvoice', 'getReport']);
    expect(flagged({ requireApproval: 'mutating', useConsequentialHint: true })).toEqual(['createInvoice', 'deleteInvoice', 'getReport']);
    expect(flagged({ requireApproval: ['mutating', 'refundPayment'], useConsequentialHint: true })).toEqual([
      'createInvoice',
      'deleteInvoice',
      'refundPayment',
      'getReport',
    ]);
    expect(flagged({ useConsequentialHint: true })).toEqual(['getReport']);
  });

  it('defers by selector or everything with true', () => {
    const deferred = (defer: true | string) =>
      names(applyOperationPolicies({ tools: billingTools(), operations: { defer } }).tools.filter((entry) => entry.deferred));
    expect(deferred('tag:reports')).toEqual(['getReport']);
    expect(deferred(true)).toHaveLength(6);
  });

  it('warns about a defer selector that matches nothing, and stops the load for a requireApproval one', () => {
    const deferTypo = applyOperationPolicies({ tools: billingTools(), operations: { defer: ['tag:reportz', 'tag:reports'] } });
    expect(deferTypo.warnings.map((warning) => warning.message)).toEqual(['operations.defer: selector "tag:reportz" matches no operation (a typo?)']);
    const approve = (requireApproval: Parameters<typeof applyOperationPolicies>[0]['operations']) => () =>
      applyOperationPolicies({ tools: billingTools(), operations: requireApproval });
    expect(approve({ requireApproval: ['mutating', 'refundPaymentt'] })).toThrowError(
      'operations.requireApproval: matches no operation, so nothing it names would wait for approval; fix it, or write it as { selector, allowUnmatched: true } if that is expected (selector "refundPaymentt")',
    );
    expect(approve({ requireApproval: (tool) => tool.operation.path === '/nowhere' })).toThrowError(SelectorError);
    // Matching an operation that `exclude` then drops is not a typo.
    expect(approve({ exclude: 'refundPayment', requireApproval: 'refundPayment' })).not.toThrow();
    const optedOut = applyOperationPolicies({
      tools: billingTools(),
      operations: {
        requireApproval: [{ selector: 'tag:refunds', allowUnmatched: true }, 'refundPayment'],
        defer: { selector: 'tag:reportz', allowUnmatched: true },
      },
    });
    expect(optedOut.warnings).toEqual([]);
    expect(names(optedOut.tools.filter((entry) => entry.requiresApproval))).toEqual(['refundPayment']);
    expect(approve({ requireApproval: { selector: 'x', allowUnmatched: false } as never })).toThrowError(/an object selector is/);
  });

  it('throws a SelectorError for a selector it cannot read', () => {
    const attempt = (selector: unknown) => () =>
      applyOperationPolicies({ tools: billingTools(), operations: { include: selector as string } });
    expect(attempt('')).toThrowError(/operations\.include: a selector is a non-empty string/);
    expect(attempt(42)).toThrowError(SelectorError);
    expect(attempt('FETCH /invoices')).toThrowError(/unknown HTTP method FETCH/);
    let caught: unknown;
    try {
      attempt('tag:')();
    } catch (error) {
      caught = error;
    }
    expect(SelectorError.isInstance(caught)).toBe(true);
    expect((caught as SelectorError).option).toBe('include');
  });
});
