/** Recognises LangChain's `ToolInputParsingException`, thrown when input fails a tool's JSON Schema. */
import { ToolInputParsingException } from '@langchain/core/tools';

/** True when `error` is LangChain's input-validation failure (`@langchain/core` is a peer: one copy). */
export function isToolInputParsingError(error: unknown): boolean {
  return error instanceof ToolInputParsingException;
}
