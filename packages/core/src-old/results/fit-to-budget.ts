/** Finds the largest cut of a result whose text stays within a token budget, whatever the token estimator. */
import type { TokenCounter } from './results-options';

const sampleChars = 24_000;
const countWholeBelowChars = 96_000;
const attempts = 6;

/**
 * Builds the output uncut, and when its tokens pass `maxTokens`, again with a character budget derived from the
 * body's characters per token, shrinking the budget by the measured excess until the count fits. Every returned
 * output was counted with `countTokens` (`tokens`), except one with no more bytes than `maxTokens`, which fits
 * whatever the tokenizer, since no token covers less than a byte; when no cut fits, `fallback` (a short note) is returned, itself cut to
 * `maxTokens` bytes if need be (no token covers less than one byte).
 */
export async function fitToBudget<T extends { text: string }>(options: {
  /** The body's own text, to estimate characters per token. */
  bodyText: string;
  maxTokens: number;
  countTokens: TokenCounter;
  /** The output with the body cut to `maxChars` characters (uncut when undefined); undefined when nothing fits. */
  build: (maxChars: number | undefined) => T | Promise<T | undefined> | undefined;
  fallback: (text?: string) => T;
}): Promise<T & { tokens?: number }> {
  const { maxTokens, countTokens } = options;
  const whole = await options.build(undefined);
  // No token covers less than a byte: a text with no more bytes than the budget fits without counting.
  if (whole && whole.text.length <= maxTokens && utf8Length(whole.text) <= maxTokens) return whole;
  if (whole && whole.text.length <= countWholeBelowChars) {
    const tokens = await countTokens(whole.text);
    if (tokens <= maxTokens) return { ...whole, tokens };
  }
  const sample = options.bodyText.slice(0, sampleChars);
  const sampleTokens = Math.max(1, await countTokens(sample));
  let maxChars = Math.floor(maxTokens * (sample.length / sampleTokens) * 0.95);
  for (let attempt = 0; attempt < attempts && maxChars > 0; attempt++) {
    const output = await options.build(maxChars);
    if (!output) break;
    const tokens = await countTokens(output.text);
    if (tokens <= maxTokens) return { ...output, tokens };
    maxChars = Math.floor(maxChars * (maxTokens / tokens) * 0.95);
  }
  let fallback = options.fallback();
  let tokens = await countTokens(fallback.text);
  if (tokens > maxTokens) {
    fallback = options.fallback(cutToBytes(fallback.text, maxTokens));
    tokens = await countTokens(fallback.text);
  }
  return { ...fallback, tokens };
}

const encoder = new TextEncoder();

function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

function cutToBytes(text: string, bytes: number): string {
  let out = text.slice(0, bytes);
  while (utf8Length(out) > bytes) out = out.slice(0, -1);
  return out;
}
