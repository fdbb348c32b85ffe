/** Finds, for the words of a request, the API's own terms for the same thing (`restart` -> `reboot`). */
import { searchTerms } from './search-terms';
import { splitWords } from './split-words';
import { stemWord } from './stem-word';
import { stopWords } from './stop-words';

/** A term the API uses for a word or phrase of the request, and the request's terms it stands for. */
export interface RelatedTerm {
  term: string;
  /** The request's terms (one word's, or a phrase's) this one stands in for. */
  for: string[];
  /** 1 for a word or a phrase's joined form (`power off` -> `poweroff`, as in `power_off`); 1/n for each of its n words. */
  share: number;
}

/** One member of a group: its words as written (what a request matches) and the terms it adds to a request. */
interface Member {
  key: string;
  terms: Array<{ term: string; share: number }>;
}

/** The longest phrase of a synonym group, in words. */
const longestPhrase = 3;
/** Inflections a request's word may carry beyond a member's word: `restarts`, `archived`, `stopping`, `companies`. */
const inflections: Array<[ending: string, restore: string[]]> = [
  ['ies', ['y']],
  ['es', ['', 'e']],
  ['s', ['']],
  ['ied', ['y']],
  ['ed', ['', 'e']],
  ['d', ['']],
  ['ing', ['', 'e']],
];

/**
 * Reads synonym tables for an API: `related(words)` gives, for the request's lower-case words in order (so
 * phrases such as `turn off` or `on call` are found, longest first, with up to two stop words between their words:
 * "turn it off", "who has starred"), the terms of the same groups that the API uses (`known`), leaving out terms the
 * request has already. Words match as written or inflected (`reboots`,
 * `rebooted`), never by stem alone: Porter2 folds `customer` and `customise` onto `custom`, which are not synonyms.
 * Each table (an array of groups) is read once per process and kept by identity, so the built-in tables are not
 * read again for every index an app builds, whatever synonyms its APIs add.
 */
export function createRelatedTerms(options: {
  tables: ReadonlyArray<ReadonlyArray<readonly string[]>>;
  known: (term: string) => boolean;
}): (words: readonly string[]) => RelatedTerm[] {
  const tables = options.tables.map(readTable);
  const hasKey = (key: string) => tables.some((table) => table.groupsOf.has(key));
  const groupsWith = (key: string): Member[][] =>
    tables.flatMap((table) => (table.groupsOf.get(key) ?? []).map((at) => table.groups[at]));
  const memberWords = { has: (word: string) => tables.some((table) => table.memberWords.has(word)) };

  return (words) => {
    // a word as written, and the member word it inflects: "alerts" is a word of the member `mute alerts` and the
    // plural of the member `alert`, and must find both
    const uninflected = words.map((word) => uninflect(word, memberWords));
    const present = new Set(searchTerms({ text: words.join(' ') }));
    const related = new Map<string, RelatedTerm>();
    const addGroups = (key: string, stands: string[]) => {
      for (const group of groupsWith(key)) {
        for (const member of group) {
          if (member.key === key) continue;
          for (const { term, share } of member.terms) {
            if (present.has(term) || !options.known(term)) continue;
            const before = related.get(term);
            if (before === undefined || before.share < share) related.set(term, { term, for: stands, share });
          }
        }
      }
    };
    /** The group key the words at `positions` read as: as written when a group has that, else uninflected. */
    const keyOf = (positions: number[]) => {
      const written = positions.map((at) => words[at]).join(' ');
      if (hasKey(written)) return written;
      const base = positions.map((at) => uninflected[at]).join(' ');
      return hasKey(base) ? base : undefined;
    };
    /** The longest phrase (or word) from `start` that a group has, contiguous or with stop words between. */
    const matchAt = (start: number) => {
      for (let length = Math.min(longestPhrase, words.length - start); length >= 1; length--) {
        const candidates = [Array.from({ length }, (_, offset) => start + offset)];
        const gapped = length > 1 ? withStopWords(words, start, length) : undefined;
        if (gapped !== undefined) candidates.push(gapped);
        for (const positions of candidates) {
          const key = keyOf(positions);
          if (key !== undefined) return { key, positions };
        }
      }
      return undefined;
    };
    for (let start = 0; start < words.length; ) {
      const match = matchAt(start);
      if (match === undefined) {
        start += 1;
        continue;
      }
      addGroups(match.key, searchTerms({ text: match.positions.map((at) => words[at]).join(' '), compounds: false }));
      start = match.positions[match.positions.length - 1] + 1;
    }
    return [...related.values()];
  };
}

/** A table of groups read for lookup: each group's members, the groups of each member's words, every member word. */
interface Table {
  groups: Member[][];
  groupsOf: Map<string, number[]>;
  memberWords: Set<string>;
}

/** Tables already read, by the groups array (the built-in table is read once per process, not once per index). */
const tables = new WeakMap<ReadonlyArray<readonly string[]>, Table>();

function readTable(source: ReadonlyArray<readonly string[]>): Table {
  const cached = tables.get(source);
  if (cached !== undefined) return cached;
  const groups = source.map((group) => group.map(readMember).filter((member) => member !== undefined));
  const groupsOf = new Map<string, number[]>();
  const memberWords = new Set<string>();
  groups.forEach((group, at) => {
    for (const member of group) {
      for (const word of member.key.split(' ')) memberWords.add(word);
      const list = groupsOf.get(member.key) ?? [];
      if (!list.includes(at)) list.push(at);
      groupsOf.set(member.key, list);
    }
  });
  const table = { groups, groupsOf, memberWords };
  tables.set(source, table);
  return table;
}

/** The member word an inflected word comes from (`companies` -> `company`, `stopped` -> `stop`), if any. */
function uninflect(word: string, memberWords: { has(word: string): boolean }): string {
  for (const [ending, restores] of inflections) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    const stem = word.slice(0, -ending.length);
    for (const restore of restores) if (memberWords.has(stem + restore)) return stem + restore;
    // a doubled consonant before the ending: stopped -> stop, planning -> plan
    if (stem.length > 3 && stem.at(-1) === stem.at(-2) && memberWords.has(stem.slice(0, -1))) return stem.slice(0, -1);
  }
  return word;
}

function readMember(text: string): Member | undefined {
  const words = splitWords(text);
  const terms = searchTerms({ text, compounds: false });
  if (words.length === 0 || terms.length === 0) return undefined;
  if (words.length === 1) return { key: words[0], terms: [{ term: terms[0], share: 1 }] };
  return {
    key: words.join(' '),
    terms: [{ term: stemWord(words.join('')), share: 1 }, ...terms.map((term) => ({ term, share: 1 / words.length }))],
  };
}

/** Up to `length` words from `start` where stop words between them are skipped ("turn it off" -> turn, off), if any were. */
function withStopWords(words: readonly string[], start: number, length: number): number[] | undefined {
  const positions = [start];
  let skipped = false;
  for (let at = start + 1; at < words.length && positions.length < length; at++) {
    if (stopWords.has(words[at]) && at - positions[positions.length - 1] <= 2) {
      skipped = true;
      continue;
    }
    if (at - positions[positions.length - 1] > 3) return undefined;
    positions.push(at);
  }
  return skipped && positions.length === length ? positions : undefined;
}
