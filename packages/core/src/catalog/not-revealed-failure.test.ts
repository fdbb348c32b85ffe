import { describe, expect, it } from 'vitest';
import { notRevealedFailure } from './not-revealed-failure';

describe('notRevealedFailure', () => {
  it('tells the model which search tool reveals the tool', () => {
    expect(notRevealedFailure({ toolName: 'billing_report' })).toEqual({
      ok: false,
      error: { kind: 'invalid_input', message: 'Tool "billing_report" is not available yet. Find it with search_tools first (query "billing_report").' },
    });
    expect(notRevealedFailure({ toolName: 'billing_report', searchToolName: 'find_tools' }).error.message).toContain('find_tools');
  });
});
