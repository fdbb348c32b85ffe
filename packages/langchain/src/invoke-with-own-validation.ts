/** LangChain's `invoke` for apiwire tools, with the tool's own input validation in place of LangChain's JSON Schema check. */
import { isToolInputParsingError } from './is-tool-input-parsing-error';
import { readToolCallInput, type ToolCallInput } from './read-tool-call-input';

/**
 * Runs `invoke` (LangChain's `StructuredTool.invoke`); when LangChain's JSON Schema check rejects the input, hands
 * the call to `run` instead, whose own validation names the field and the problem and sends nothing (the model reads
 * a tool message, where LangChain would throw).
 */
export async function invokeWithOwnValidation<Output>(options: {
  invoke: () => Promise<Output>;
  input: unknown;
  config: unknown;
  run: (call: ToolCallInput) => Promise<unknown>;
}): Promise<Output> {
  try {
    return await options.invoke();
  } catch (error) {
    if (!isToolInputParsingError(error)) throw error;
    return (await options.run(readToolCallInput({ input: options.input, config: options.config }))) as Output;
  }
}
