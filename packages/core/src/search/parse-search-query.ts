/** Reads a search query into weighted terms: operation words, CRUD verb families, named values and a lookup intent. */
import { findValueSpans } from './find-value-spans';
import { crudVerbFamily } from './crud-verb-family';
import { searchTerms } from './search-terms';
import { splitWords } from './split-words';
import { stemWord } from './stem-word';
import { stopWords } from './stop-words';

/** Term -> weight in the query. */
export type QueryTerms = Map<string, number>;

/** The pseudo-term of operations that find things by free text (search endpoints). */
export const lookupIntent = 'intent:lookup';

const weights = {
  word: 1,
  /** A CRUD verb family term (`verb:delete` for "remove"). */
  verb: 0.6,
  /** The verb itself ("remove"): its family carries most of its meaning. */
  verbWord: 0.3,
  /** Words of a named value ("The Matrix"): values are data, rarely the operation's words. */
  value: 0.2,
  /** A query that names a value may first need to look it up by text. */
  lookup: 0.8,
  /** Two adjacent words (`top rated`, `pull request`), found adjacent in a name, summary or path. */
  phrase: 0.5,
};

/** The term of two adjacent stemmed words. */
export function phraseTerm(first: string, second: string): string {
  return `phrase:${first} ${second}`;
}

/** Terms of the query with their weights; repeated terms keep their highest weight. */
export function parseSearchQuery(query: string): QueryTerms {
  const terms: QueryTerms = new Map();
  const add = (term: string, weight: number) => terms.set(term, Math.max(terms.get(term) ?? 0, weight));
  const spans = findValueSpans(query);
  let rest = '';
  let offset = 0;
  for (const span of spans) {
    rest += `${query.slice(offset, span.start)} , `;
    offset = span.end;
    for (const term of searchTerms({ text: span.text })) add(term, weights.value);
  }
  rest += query.slice(offset);
  let previous: string | undefined;
  for (const word of splitWords(rest)) {
    const family = crudVerbFamily(word);
    if (family !== undefined) add(`verb:${family}`, weights.verb);
    if (stopWords.has(word)) {
      previous = undefined;
      continue;
    }
    const stem = stemWord(word);
    add(stem, family !== undefined ? weights.verbWord : weights.word);
    if (previous !== undefined) add(phraseTerm(previous, stem), weights.phrase);
    previous = stem;
  }
  if (spans.length > 0) add(lookupIntent, weights.lookup);
  return terms;
}
