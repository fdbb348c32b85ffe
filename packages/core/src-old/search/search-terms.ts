/** Turns text into the terms the search index stores and looks up: split, stop words dropped, stemmed, compounds kept. */
import { splitWords } from './split-words';
import { stemWord } from './stem-word';
import { stopWords } from './stop-words';

const separators = /[\s./\\{}()[\],;:!?"'`|<>=+*&^%$#@~]+/;

/**
 * The stemmed terms of a text, in order, stop words dropped. An identifier made of several words
 * (`getUserById`, `pull_request`, `payment-methods`) also yields its whole lower-cased form (`getuserbyid`), so a
 * query that names it exactly finds it (`compounds: false` leaves these out); spaces, dots, slashes and punctuation separate identifiers.
 */
export function searchTerms(options: { text: string; compounds?: boolean }): string[] {
  const terms: string[] = [];
  for (const token of options.text.split(separators)) {
    const words = splitWords(token);
    for (const word of words) if (!stopWords.has(word)) terms.push(stemWord(word));
    if (words.length > 1 && options.compounds !== false) terms.push(stemWord(words.join('')));
  }
  return terms;
}
