/** A query as a model may have copied it: spaces and quotes around it left out. */

/** `text` without the spaces, quotes and backticks around it (`` `GET /users` `` -> `GET /users`). */
export function unquoted(text: string): string {
  return text.trim().replace(/^["'`]+|["'`]+$/g, '').trim();
}
