import { describe, expect, it } from 'vitest';
import { actionFamily } from './action-family';
import { headlineShare } from './headline-share';
import { searchTerms } from './search-terms';

const share = (headline: string, query: string, families: string[] = [], rarity: (term: string) => number = () => 1) =>
  headlineShare({
    headline: searchTerms({ text: headline }).map((term) => ({ term, weight: rarity(term), family: actionFamily(term) })),
    terms: new Set(searchTerms({ text: query })),
    families: new Set(families),
  });

describe('headlineShare', () => {
  it('is the share of the headline the request has, its verb through the action family', () => {
    expect(share('Update a label', 'rename the label', ['update'])).toBe(1);
    expect(share('List pending organization invitations', 'invite to the organization', ['create'])).toBe(0.5);
    expect(share('Create an organization invitation', 'invite to the organization', ['create'])).toBe(1);
    expect(share('Update a label', 'rename the label', ['delete'])).toBe(0.5);
  });

  it('weights each term by its rarity, and is 0 for an empty headline', () => {
    const rarity = (term: string) => (term === 'label' ? 3 : 1);
    expect(share('Update a label', 'the label', [], rarity)).toBe(0.75);
    expect(share('', 'the label')).toBe(0);
  });
});
