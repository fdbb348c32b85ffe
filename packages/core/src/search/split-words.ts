/** Splits identifiers and prose into lower-case words: camelCase, snake_case, kebab-case, paths, punctuation. */

/** `listInvoicesForOrg` -> list, invoices, for, org; `/repos/{owner}/pulls` -> repos, owner, pulls; `HTTPServer` -> http, server. */
export function splitWords(text: string): string[] {
  const spaced = text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([a-zA-Z])([0-9])/g, '$1 $2')
    .replace(/([0-9])([a-zA-Z])/g, '$1 $2');
  const words: string[] = [];
  for (const word of spaced.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word !== '') words.push(word);
  }
  return words;
}
