/** The message of the error at the end of a chain of causes: what went wrong, without the wrappers' names. */

/**
 * The innermost `cause`'s message (an AI SDK `InvalidToolInputError` wraps a `TypeValidationError` that wraps
 * apiwire's `ToolInputError`: this gives `amount: required`), on one line.
 */
export function innermostErrorMessage(error: unknown): string {
  let current = error;
  for (let depth = 0; depth < 10 && current instanceof Error && current.cause instanceof Error; depth++) current = current.cause;
  const message = current instanceof Error ? current.message : String(current);
  return message.replace(/\s+/g, ' ').trim();
}
