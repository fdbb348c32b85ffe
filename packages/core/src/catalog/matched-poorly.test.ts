import { describe, expect, it } from 'vitest';
import type { ToolDescriptor } from '../tool-descriptor';
import { defaultMinCoverage, matchedPoorly } from './matched-poorly';
import type { SearchMatch } from './tool-catalog';

const descriptor = {} as ToolDescriptor;
const match = (fields: Partial<SearchMatch>): SearchMatch => ({ descriptor, score: 1, ...fields });

describe('matchedPoorly', () => {
  it('is true for no matches, and when every word match covers less than the minimum', () => {
    expect(matchedPoorly([])).toBe(true);
    expect(matchedPoorly([match({ coverage: 0.05 }), match({ coverage: defaultMinCoverage - 0.01 })])).toBe(true);
  });

  it('is false once one match covers the minimum', () => {
    expect(matchedPoorly([match({ coverage: 0.05 }), match({ coverage: defaultMinCoverage })])).toBe(false);
  });

  it('takes another minimum, 0 never judging a word match poor', () => {
    expect(matchedPoorly([match({ coverage: 0.3 })], { minCoverage: 0.5 })).toBe(true);
    expect(matchedPoorly([match({ coverage: 0 })], { minCoverage: 0 })).toBe(false);
  });

  it('never judges a match the embedding model found, nor one from a search that gives no coverage', () => {
    expect(matchedPoorly([match({ coverage: 0, similarity: 0.2 })])).toBe(false);
    expect(matchedPoorly([match({ similarity: 0.2 })])).toBe(false);
    expect(matchedPoorly([match({})])).toBe(false);
  });
});
