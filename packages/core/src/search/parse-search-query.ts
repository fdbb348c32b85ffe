/** Reads a search query into weighted terms: its words, stemmed, the action families its verbs name, and named values. */
import { findActions } from './action-family';
import { findValueSpans, type ValueSpan } from './find-value-spans';
import { searchTerms } from './search-terms';
import { splitWords } from './split-words';
import { stemWord } from './stem-word';
import { stopWords } from './stop-words';

/** Term -> weight in the query. */
export type QueryTerms = Map<string, number>;

/** The pseudo-term of operations that find things by free text (search endpoints). */
export const lookupIntent = 'intent:lookup';

/** The term of an action family (`action:delete`), in queries and in operations. */
export function actionTerm(family: string): string {
  return `action:${family}`;
}

/** The term a file's name in a query adds (`contract.docx`: the request is about a file). */
export const fileTerm = stemWord('file');

/** A bare number: an id, a count, a date. */
const digitsOnly = /^\p{N}+$/u;

const weights = {
  word: 1,
  /** An action family term (`action:delete` for "remove"). */
  action: 0.6,
  /** The action word itself ("remove"): its family carries most of its meaning. */
  actionWord: 0.3,
  /** Words of a named value ("The Matrix"): data, rarely the operation's words. */
  value: 0.2,
  /** A query that names a value may first need to look it up by text. */
  lookup: 0.8,
  /** The word `file`, for a query that names one by its name (`report.pdf`) and maybe never says "file". */
  fileName: 0.5,
  /** Two neighbouring words joined ("payment method" -> `paymentmethod`), as the API's identifiers join them. */
  joinedPair: 1,
};

/**
 * Terms of the query with their weights (a repeated term keeps its highest weight), and neighbouring words joined
 * (`paymentmethod`). A file's name (`contract.docx`) adds the word `file` at half weight: the request is about a file
 * whether or not it says so. A quoted text or a run of capitalised words is a named value only when none of its terms is a
 * word of the API (`known`: names, summaries, paths, tags), so product words ("Dependabot", "Checkout") keep their
 * full weight. An identifier (`parseConfig`, `package.json`) is a named value when the API knows neither it whole
 * nor all of its parts, so `pull_request` or an operationId stays the API's words.
 */
export function parseSearchQuery(options: { query: string; known: (term: string) => boolean }): QueryTerms {
  const terms: QueryTerms = new Map();
  const add = (term: string, weight: number) => terms.set(term, Math.max(terms.get(term) ?? 0, weight));
  const found = findValueSpans(options.query);
  const spans = found.filter((span) => isValue(span, options.known));
  let rest = '';
  let offset = 0;
  for (const span of spans) {
    rest += `${options.query.slice(offset, span.start)} , `;
    offset = span.end;
    for (const term of searchTerms({ text: span.text })) add(term, weights.value);
  }
  rest += options.query.slice(offset);
  if (spans.some(needsLookup)) add(lookupIntent, weights.lookup);
  if (found.some((span) => span.file === true)) add(fileTerm, weights.fileName);

  const actionStems = new Set<string>();
  const restWords = splitWords(rest);
  for (const { family, positions } of findActions(restWords)) {
    add(actionTerm(family), weights.action);
    for (const position of positions) actionStems.add(stemWord(restWords[position]));
  }
  for (const pair of joinedPairs(rest)) add(pair, weights.joinedPair);
  for (const term of searchTerms({ text: rest })) {
    // a number ("order 5566", "PR 120") is a value: an id, a count, a date; matching it in a tool is chance
    add(term, actionStems.has(term) ? weights.actionWord : digitsOnly.test(term) ? weights.value : weights.word);
  }
  return terms;
}

/**
 * The stemmed joined forms of neighbouring words (stop words and numbers aside, not across punctuation), which find
 * the API's identifiers whole: "payment methods" -> `paymentmethod` (`payment_methods`), "pull request" -> `pullrequest`.
 */
function joinedPairs(text: string): string[] {
  const pairs: string[] = [];
  for (const part of text.split(/[,.;:!?()"]+/)) {
    // one letter is what an apostrophe leaves ("don't" -> don, t)
    const words = splitWords(part).filter((word) => word.length > 1 && !stopWords.has(word));
    for (let index = 0; index + 1 < words.length; index++) {
      if (!digitsOnly.test(words[index]) && !digitsOnly.test(words[index + 1])) pairs.push(stemWord(words[index] + words[index + 1]));
    }
  }
  return pairs;
}

/** Whether a span names data rather than the API's own words (see `parseSearchQuery`). */
function isValue(span: ValueSpan, known: (term: string) => boolean): boolean {
  const terms = searchTerms({ text: span.text });
  if (span.identifier !== true) return !terms.some(known);
  const parts = new Set(searchTerms({ text: span.text, compounds: false }));
  const wholes = terms.filter((term) => !parts.has(term));
  return !wholes.some(known) && ![...parts].every(known);
}

/** A name ("Blade Runner", `parseConfig`) is found by text first; an id (`in_42`, `cus_9Xa`) is fetched as it is. */
function needsLookup(span: ValueSpan): boolean {
  return span.identifier !== true || !/\p{N}/u.test(span.text);
}
