/** Finds, for the words of a request, the API's own terms for the same thing (`restart` -> `reboot`). */
import { searchTerms } from './search-terms';
import { splitWords } from './split-words';
import { stemWord } from './stem-word';

/** A term the API uses for a word or phrase of the request, and the request's term it stands for. */
export interface RelatedTerm {
  term: string;
  /** The request's terms (one word, or a phrase's words) this one stands in for. */
  for: string[];
  /** 1 for a word or a phrase's joined form (`power off` -> `poweroff`, as in `power_off`); 1/n for each of its n words. */
  share: number;
}

/** One member of a group: its stemmed words (the key a request matches) and what it adds to a request. */
interface Member {
  key: string;
  terms: Array<{ term: string; share: number }>;
}

/** The longest phrase of a synonym group, in words. */
const longestPhrase = 3;

/**
 * Reads synonym groups once for an API: `related(terms)` gives, for the request's stemmed terms (in order, so
 * phrases such as `turn off` are found, longest first), the terms of the same groups that the API uses (`known`),
 * leaving out terms the request has already. A phrase that stop words reduce to one word (`mark done`) is left
 * out: it would stand for that word alone.
 */
export function createRelatedTerms(options: {
  groups: ReadonlyArray<readonly string[]>;
  known: (term: string) => boolean;
}): (terms: readonly string[]) => RelatedTerm[] {
  const groups = options.groups.map((group) => group.map(readMember).filter((member) => member !== undefined));
  const groupsOf = new Map<string, number[]>();
  groups.forEach((group, at) => {
    for (const member of group) {
      const list = groupsOf.get(member.key) ?? [];
      if (!list.includes(at)) list.push(at);
      groupsOf.set(member.key, list);
    }
  });

  return (terms) => {
    const present = new Set(terms);
    const related = new Map<string, RelatedTerm>();
    for (let start = 0; start < terms.length; ) {
      let matched = 1;
      for (let length = Math.min(longestPhrase, terms.length - start); length >= 1; length--) {
        const phrase = terms.slice(start, start + length);
        const key = phrase.join(' ');
        const found = groupsOf.get(key);
        if (found === undefined) continue;
        matched = length;
        for (const at of found) {
          for (const member of groups[at]) {
            if (member.key === key) continue;
            for (const { term, share } of member.terms) {
              if (present.has(term) || !options.known(term)) continue;
              const before = related.get(term);
              if (before === undefined || before.share < share) related.set(term, { term, for: phrase, share });
            }
          }
        }
        break;
      }
      start += matched;
    }
    return [...related.values()];
  };
}

function readMember(text: string): Member | undefined {
  const words = searchTerms({ text, compounds: false });
  if (words.length === 0) return undefined;
  if (words.length === 1) {
    if (text.trim().includes(' ')) return undefined;
    return { key: words[0], terms: [{ term: words[0], share: 1 }] };
  }
  const joined = stemWord(splitWords(text).join(''));
  return {
    key: words.join(' '),
    terms: [{ term: joined, share: 1 }, ...words.map((term) => ({ term, share: 1 / words.length }))],
  };
}
