import { describe, expect, it } from 'vitest';
import { domainSynonymGroups } from './domain-synonym-groups';
import { jargonSynonymGroups } from './jargon-synonym-groups';
import { phrasingSynonymGroups } from './phrasing-synonym-groups';
import { searchTerms } from './search-terms';
import { splitWords } from './split-words';
import { synonymGroups } from './synonym-groups';

/** Each group as a sorted, comma-joined key, to compare groups as sets. */
const setKey = (group: readonly string[]) => [...new Set(group)].sort().join(',');

describe('domainSynonymGroups', () => {
  it('holds lower-case words and phrases of at most three words', () => {
    const bad = domainSynonymGroups.flat().filter((member) => {
      const words = splitWords(member);
      return member !== member.toLowerCase() || member.trim() !== member || words.length === 0 || words.length > 3;
    });
    expect(bad).toEqual([]);
  });

  it('has no member made only of stop words (the index would drop it)', () => {
    const terms = (member: string) => searchTerms({ text: member, compounds: false });
    const empty = domainSynonymGroups.flat().filter((member) => terms(member).length === 0);
    expect(empty).toEqual([]);
  });

  it('has groups of two or more members, none repeated within a group', () => {
    const bad = domainSynonymGroups.filter((group) => group.length < 2 || new Set(group).size !== group.length);
    expect(bad).toEqual([]);
    expect(domainSynonymGroups.length).toBeGreaterThanOrEqual(150);
  });

  it('puts no member in more than four groups across the four tables', () => {
    const groupsOf = new Map<string, number>();
    for (const group of [...synonymGroups, ...jargonSynonymGroups, ...phrasingSynonymGroups, ...domainSynonymGroups]) {
      for (const member of new Set(group)) groupsOf.set(member, (groupsOf.get(member) ?? 0) + 1);
    }
    const crowded = [...groupsOf].filter(([, count]) => count > 4).map(([member]) => member);
    expect(crowded).toEqual([]);
  });

  it('repeats no group of its own or of the other three tables', () => {
    const existing = new Set([...synonymGroups, ...jargonSynonymGroups, ...phrasingSynonymGroups].map(setKey));
    const seen = new Set<string>();
    const repeated = domainSynonymGroups.filter((group) => {
      const key = setKey(group);
      const again = existing.has(key) || seen.has(key);
      seen.add(key);
      return again;
    });
    expect(repeated).toEqual([]);
  });
});
