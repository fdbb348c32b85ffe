/** Turns text into the terms the search index stores and looks up: split, stop words dropped, stemmed. */
import { crudVerbFamily } from './crud-verb-family';
import { splitWords } from './split-words';
import { stemWord } from './stem-word';
import { stopWords } from './stop-words';

/** The stemmed terms of a text, in order, stop words dropped (a CRUD verb also yields its `verb:` family term). */
export function searchTerms(options: { text: string; verbs?: boolean }): string[] {
  const terms: string[] = [];
  for (const word of splitWords(options.text)) {
    if (options.verbs) {
      const family = crudVerbFamily(word);
      if (family !== undefined) terms.push(`verb:${family}`);
    }
    if (stopWords.has(word)) continue;
    terms.push(stemWord(word));
  }
  return terms;
}
