/** Counts the tokens (o200k_base) of the tool definitions a model receives: name, description, JSON schema. */
import type { Tiktoken } from 'js-tiktoken/lite';
import type { JsonSchema } from '../json-schema';

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

let encoder: Promise<Tiktoken> | undefined;

/**
 * Estimates the prompt tokens of tool definitions with the o200k_base encoding (GPT-4o and later), each
 * serialised as the JSON function definition sent to chat APIs: `{"type":"function","function":{name,
 * description,parameters}}`. Providers wrap definitions slightly differently, so read it as an estimate.
 * The encoding ranks (a few MB) load on the first call.
 */
export async function estimateToolTokens(tools: readonly ToolDefinition[]): Promise<ToolTokenEstimate> {
  encoder ??= loadEncoder().catch((error: unknown) => {
    encoder = undefined;
    throw error;
  });
  const tiktoken = await encoder;
  const counted = tools.map((tool) => {
    const definition = {
      type: 'function',
      function: { name: tool.name, description: tool.description ?? '', parameters: tool.inputSchema },
    };
    return { name: tool.name, tokens: tiktoken.encode(JSON.stringify(definition)).length };
  });
  return { total: counted.reduce((sum, tool) => sum + tool.tokens, 0), tools: counted };
}

async function loadEncoder(): Promise<Tiktoken> {
  const [{ Tiktoken }, ranks] = await Promise.all([
    import('js-tiktoken/lite'),
    import('js-tiktoken/ranks/o200k_base'),
  ]);
  return new Tiktoken(ranks.default);
}
