import { describe, expect, it } from 'vitest';
import { searchTerms } from './search-terms';

describe('searchTerms', () => {
  it('splits identifiers, keeps the whole identifier too, drops stop words and stems', () => {
    expect(searchTerms({ text: 'getUserById' })).toEqual(['get', 'user', 'id', 'getuserbyid']);
    expect(searchTerms({ text: 'pull_requests' })).toEqual(['pull', 'request', 'pullrequest']);
    expect(searchTerms({ text: 'chat.postMessage' })).toEqual(['chat', 'post', 'messag', 'postmessag']);
    expect(searchTerms({ text: '/repos/{owner}/payment-methods' })).toEqual(['repo', 'owner', 'payment', 'method', 'paymentmethod']);
    expect(searchTerms({ text: 'Give me the invoices' })).toEqual(['invoic']);
  });
});
