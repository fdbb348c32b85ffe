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
};

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
  for (const word of splitWords(rest)) {
    const family = crudVerbFamily(word);
    if (family !== undefined) add(`verb:${family}`, weights.verb);
    if (stopWords.has(word)) continue;
    add(stemWord(word), family !== undefined ? weights.verbWord : weights.word);
  }
  if (spans.length > 0) add(lookupIntent, weights.lookup);
  return terms;
}
