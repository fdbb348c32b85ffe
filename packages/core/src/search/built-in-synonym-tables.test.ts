import { describe, expect, it } from 'vitest';
import { cloudInfrastructureSynonymGroups } from './cloud-infrastructure-synonym-groups';
import { cloudOperationsSynonymGroups } from './cloud-operations-synonym-groups';
import { domainSynonymGroups } from './domain-synonym-groups';
import { featureSynonymGroups } from './feature-synonym-groups';
import { jargonSynonymGroups } from './jargon-synonym-groups';
import { phrasingSynonymGroups } from './phrasing-synonym-groups';
import { publicDataSynonymGroups } from './public-data-synonym-groups';
import { searchTerms } from './search-terms';
import { splitWords } from './split-words';
import { synonymGroups } from './synonym-groups';

/** The eight built-in tables, in the order the index reads them. */
const tables = [
  { name: 'synonymGroups', groups: synonymGroups },
  { name: 'jargonSynonymGroups', groups: jargonSynonymGroups },
  { name: 'phrasingSynonymGroups', groups: phrasingSynonymGroups },
  { name: 'domainSynonymGroups', groups: domainSynonymGroups },
  { name: 'featureSynonymGroups', groups: featureSynonymGroups },
  { name: 'cloudInfrastructureSynonymGroups', groups: cloudInfrastructureSynonymGroups },
  { name: 'cloudOperationsSynonymGroups', groups: cloudOperationsSynonymGroups },
  { name: 'publicDataSynonymGroups', groups: publicDataSynonymGroups },
];
const everyGroup = tables.flatMap((table) => table.groups);

/** A group as a sorted, comma-joined key, to compare groups as sets. */
const setKey = (group: readonly string[]) => [...new Set(group)].sort().join(',');

describe.each(tables)('$name', ({ groups }) => {
  it('holds lower-case words and phrases of at most three words', () => {
    const bad = groups.flat().filter((member) => {
      const words = splitWords(member);
      return member !== member.toLowerCase() || member.trim() !== member || words.length === 0 || words.length > 3;
    });
    expect(bad).toEqual([]);
  });

  it('has no member made only of stop words (the index would drop it)', () => {
    expect(groups.flat().filter((member) => searchTerms({ text: member, compounds: false }).length === 0)).toEqual([]);
  });

  it('has groups of two or more members, none repeated within a group', () => {
    expect(groups.filter((group) => group.length < 2 || new Set(group).size !== group.length)).toEqual([]);
  });
});

describe('the built-in synonym tables together', () => {
  it('put no member in more than four groups', () => {
    const groupsOf = new Map<string, number>();
    for (const group of everyGroup) for (const member of new Set(group)) groupsOf.set(member, (groupsOf.get(member) ?? 0) + 1);
    expect([...groupsOf].filter(([, count]) => count > 4).map(([member]) => member)).toEqual([]);
  });

  it('repeat no group, within a table or across them', () => {
    const seen = new Set<string>();
    const repeated = everyGroup.filter((group) => {
      const key = setKey(group);
      const again = seen.has(key);
      seen.add(key);
      return again;
    });
    expect(repeated).toEqual([]);
  });
});
