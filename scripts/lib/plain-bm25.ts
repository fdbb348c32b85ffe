/** The reference ranking of `pnpm bench:search`: plain BM25 over one bag of words per operation. */
import type { ToolDescriptor } from '@apiwire/core';

/** Ranks tools for a query, best first, at most 10. */
export type Ranker = (query: string) => ToolDescriptor[];

/**
 * Plain BM25 (k1 1.2, b 0.75) over one document per operation: tool name, description, path, tags and parameter
 * names. Words split on anything but letters and digits and at camelCase humps, lower-cased, with simple
 * stemming (plural `-s`/`-es`/`-ies`, `-ing`, `-ed`). No field weights, no stop words, no synonyms.
 */
export function createPlainBm25(tools: readonly ToolDescriptor[]): Ranker {
  const documents = tools.map((tool) =>
    plainWords(
      [tool.name, tool.description, tool.operation.path, ...tool.operation.tags, ...Object.keys(tool.inputSchema.properties ?? {})].join(' '),
    ),
  );
  const average = documents.reduce((sum, words) => sum + words.length, 0) / Math.max(documents.length, 1);
  const counts = documents.map((words) => {
    const count = new Map<string, number>();
    for (const word of words) count.set(word, (count.get(word) ?? 0) + 1);
    return count;
  });
  const frequency = new Map<string, number>();
  for (const count of counts) for (const word of count.keys()) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  return (query) => {
    const terms = new Set(plainWords(query));
    const scored: Array<{ index: number; total: number }> = [];
    counts.forEach((count, index) => {
      let total = 0;
      for (const term of terms) {
        const occurrences = count.get(term) ?? 0;
        if (occurrences === 0) continue;
        const documentFrequency = frequency.get(term) ?? 0;
        const idf = Math.log(1 + (documents.length - documentFrequency + 0.5) / (documentFrequency + 0.5));
        total += (idf * occurrences * 2.2) / (occurrences + 1.2 * (1 - 0.75 + (0.75 * documents[index].length) / (average || 1)));
      }
      if (total > 0) scored.push({ index, total });
    });
    scored.sort((left, right) => right.total - left.total || left.index - right.index);
    return scored.slice(0, 10).map((entry) => tools[entry.index]);
  };
}

function plainWords(text: string): string[] {
  const words = text.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/);
  return words.filter((word) => word !== '').map(simpleStem);
}

function simpleStem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(word)) return word;
  if (/(xes|ches|shes|sses)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  if (word.endsWith('ing') && word.length > 5) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 4) return word.slice(0, -2);
  return word;
}
