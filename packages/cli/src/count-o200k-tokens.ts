/** Exact token counts with the o200k_base encoding (GPT-4o and later), through js-tiktoken. */
import type { Tiktoken } from 'js-tiktoken/lite';

let encoder: Promise<Tiktoken> | undefined;

/**
 * Loads the o200k_base ranks (about 2 MB, once per process) and returns a counter to pass as
 * `estimateToolTokens(tools, { countTokens })`. Core's own estimate needs no tokenizer; this is the exact count.
 *
 * @example
 * ```ts
 * const countTokens = await loadO200kTokenCounter();
 * const { total } = estimateToolTokens(server.tools, { countTokens });
 * ```
 */
export async function loadO200kTokenCounter(): Promise<(text: string) => number> {
  encoder ??= loadEncoder().catch((error: unknown) => {
    encoder = undefined;
    throw error;
  });
  const tiktoken = await encoder;
  return (text) => tiktoken.encode(text).length;
}

async function loadEncoder(): Promise<Tiktoken> {
  const [{ Tiktoken }, ranks] = await Promise.all([
    import('js-tiktoken/lite'),
    import('js-tiktoken/ranks/o200k_base'),
  ]);
  return new Tiktoken(ranks.default);
}
