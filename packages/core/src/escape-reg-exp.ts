/** Escapes text for use inside a regular expression. */

/** `text` with every character a regular expression reads specially escaped, so the expression matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
