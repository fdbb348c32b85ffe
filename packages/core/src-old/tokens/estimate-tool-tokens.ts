/** Estimates the prompt tokens of the tool definitions a model receives: name, description, JSON schema. */
import type { JsonSchema } from '../json-schema';
import { estimateTextTokens } from './estimate-text-tokens';

/** A tool definition as a model receives it (a descriptor or a meta-tool fits). */
export interface ToolDefinition {
  name: string;
  description?: string;
  inputSchema: JsonSchema;
}

/** The count: in total and per tool, in the order given. */
export interface ToolTokenEstimate {
  total: number;
  tools: Array<{ name: string; tokens: number }>;
}

/** How to count: by default the fast estimate of `estimateTextTokens`. */
export interface EstimateToolTokensOptions {
  /** Counts the tokens of one text, e.g. a real tokenizer's `(text) => encoder.encode(text).length`. */
  countTokens?: (text: string) => number;
}

/**
 * Estimates the prompt tokens of tool definitions, each serialised as the JSON function definition sent to
 * chat APIs: `{"type":"function","function":{name,description,parameters}}`. Providers wrap definitions
 * slightly differently, so read it as an estimate even with an exact `countTokens`.
 *
 * @example
 * ```ts
 * const { total } = estimateToolTokens(billing.tools); // fast estimate, no tokenizer loaded
 * ```
 */
export function estimateToolTokens(tools: readonly ToolDefinition[], options: EstimateToolTokensOptions = {}): ToolTokenEstimate {
  const countTokens = options.countTokens ?? estimateTextTokens;
  const counted = tools.map((tool) => {
    const definition = {
      type: 'function',
      function: { name: tool.name, description: tool.description ?? '', parameters: tool.inputSchema },
    };
    return { name: tool.name, tokens: countTokens(JSON.stringify(definition)) };
  });
  return { total: counted.reduce((sum, tool) => sum + tool.tokens, 0), tools: counted };
}
