/** English stemming with Porter2 (the `porter2` package), cached: `invoices`, `invoice`, `invoiced` meet. */
import { stem } from 'porter2';

const cache = new Map<string, string>();

/** The Porter2 stem of a lower-case word (`invoices` -> `invoic`); words with digits stay as they are. */
export function stemWord(word: string): string {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const result = /[0-9]/.test(word) ? word : stem(word);
  if (cache.size < 50_000) cache.set(word, result);
  return result;
}
