/** How much of a tool's headline a request explains. */
import type { ActionFamily } from './action-family';

/** A term of a tool's headline, its weight (its rarity) and the action family it names, if any; read once, when the index is built. */
export interface HeadlineTerm {
  term: string;
  weight: number;
  family?: ActionFamily;
}

/**
 * The share, 0 to 1 and weighted by each term's rarity, of a tool's headline terms (`toolHeadlineTerms`) that the
 * request has: as its own words or its synonyms (`terms`), and for the headline's verbs, as an action of the same
 * family (`families`: "rename" explains `Update a label`). A short headline the request explains whole is strong
 * evidence that the operation is the one asked for; BM25 alone rewards a long description that repeats one word.
 */
export function headlineShare(options: {
  headline: readonly HeadlineTerm[];
  terms: ReadonlySet<string>;
  families: ReadonlySet<string>;
}): number {
  let total = 0;
  let explained = 0;
  for (const { term, weight, family } of options.headline) {
    total += weight;
    if (options.terms.has(term) || (family !== undefined && options.families.has(family))) explained += weight;
  }
  return total > 0 ? explained / total : 0;
}
