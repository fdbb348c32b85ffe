/** What a model reads of one tool result, in the shape every adapter maps to its framework. */

/**
 * `json`: `value` is a JSON value (the body, or `{ note, result }` when cut or paged); `text`: `value` is the text
 * (note last); `error`: `value` is `{ error, message, status?, issues?, body? }` (issues as `"path: problem"`);
 * `denied`: `value` is the reason (and `text` the same error object as JSON).
 * `text` is the same content as one string (what LangChain and the CLI show).
 */
export interface ModelView {
  type: 'json' | 'text' | 'error' | 'denied';
  value: unknown;
  text: string;
  /**
   * Its token estimate, when it was counted: a text with no more bytes than the budget is within it whatever the
   * tokenizer (no token covers less than a byte), so it is not counted.
   */
  tokens?: number;
  /** The note the model reads beside the result (also inside `value` and `text`), when anything was cut, left out or paged. */
  note?: string;
}
