/** Splits identifiers and prose into lower-case words: camelCase, snake_case, kebab-case, paths, punctuation. */

const word = /\p{Lu}+(?!\p{Ll})|\p{Lu}?\p{Ll}+|\p{N}+|\p{L}+/gu;

/** `listInvoicesForOrg` -> list, invoices, for, org; `/repos/{owner}/pulls` -> repos, owner, pulls; `HTTPServer` -> http, server. */
export function splitWords(text: string): string[] {
  const words = text.match(word);
  if (words === null) return [];
  for (let index = 0; index < words.length; index++) words[index] = words[index].toLowerCase();
  return words;
}
