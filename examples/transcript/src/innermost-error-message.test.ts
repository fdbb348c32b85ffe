import { describe, expect, it } from 'vitest';
import { innermostErrorMessage } from './innermost-error-message';

describe('innermostErrorMessage', () => {
  it('gives the message at the end of the cause chain, without the wrappers', () => {
    const issue = Object.assign(new Error('amount: required'), { name: 'ApiwireToolInputError' });
    const validation = new Error('Type validation failed: Value: {"payment_id":"pay_1"}.\nError message: amount: required', { cause: issue });
    const invalid = new Error('Invalid input for tool billing_create_refund: Type validation failed', { cause: validation });
    expect(innermostErrorMessage(invalid)).toBe('amount: required');
  });

  it('puts a multi-line message on one line', () => {
    expect(innermostErrorMessage(new Error('amount: required;\n  currency: expected a string'))).toBe('amount: required; currency: expected a string');
  });

  it('takes a thrown string or value as it is', () => {
    expect(innermostErrorMessage('not approved')).toBe('not approved');
    expect(innermostErrorMessage(new Error('outer', { cause: 'a string cause' }))).toBe('outer');
  });
});
