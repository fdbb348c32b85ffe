/**
 * Hybrid search: the lexical (BM25F) and the vector ranking of the same tools, fused by reciprocal rank, the vector
 * ranking weighted by how much of the request the lexical one could not find.
 */
import type { ToolDescriptor } from '../tool-descriptor';
import type { IndexHit, SearchIndex } from './create-search-index';
import { createVectorIndex } from './create-vector-index';
import { fuseRankings } from './fuse-rankings';
import type { SearchWarning, ToolEmbeddings } from './tool-embeddings';

/** A fused hit: lexical coverage when the lexical side found the tool, cosine similarity when the vector side did. */
export interface HybridHit {
  index: number;
  score: number;
  coverage?: number;
  similarity?: number;
}

/** How deep each ranking is read before fusing. */
const pool = 50;
/** How many of the best lexical hits show how well the request's own words were found. */
const confidenceDepth = 5;

/**
 * `rank` fuses the `pool` best of each ranking (RRF). The vector ranking's weight is 1 minus the best coverage among
 * the 5 best lexical hits: when the request's words are all found, they already say what is meant and the vectors only
 * add tools of their own below; when none is found (a paraphrase, another language), the vectors count fully.
 * Chosen on the dev halves with a small real model (scripts/tune-search.ts, `TUNE_HYBRID=1`): plain RRF put
 * the weak model's guesses above good word matches. The first search embeds the tools; when an embedding call
 * fails, `onWarning` (default `console.warn`) hears of it and the search returns the lexical ranking alone.
 */
export function createHybridSearch(options: {
  tools: readonly ToolDescriptor[];
  lexical: () => SearchIndex;
  embeddings: ToolEmbeddings;
}): { rank(options: { query: string; limit: number; among?: ReadonlySet<number> }): Promise<HybridHit[]> } {
  const vector = createVectorIndex({ tools: options.tools, embeddings: options.embeddings });
  const warn = options.embeddings.onWarning ?? ((warning: SearchWarning) => console.warn(`apiwire: ${warning.message}`, warning.cause));
  return {
    async rank({ query, limit, among }) {
      const lexical = options.lexical().rank({ query, limit: Math.max(pool, limit), among });
      // the query is a tool's exact name: that tool alone, nothing to embed
      if (lexical[0]?.named) return lexical.slice(0, limit).map(({ named: _named, ...hit }) => hit);
      let semantic: Array<{ index: number; similarity: number }>;
      try {
        semantic = await vector.rank({ query, limit: Math.max(pool, limit), among });
      } catch (error) {
        warn({ message: `embedding failed, searching by words alone: ${(error as Error)?.message ?? String(error)}`, cause: error });
        return lexical.slice(0, limit);
      }
      const coverage = new Map(lexical.map((hit: IndexHit) => [hit.index, hit.coverage]));
      const similarity = new Map(semantic.map((hit) => [hit.index, hit.similarity]));
      const vectorWeight = 1 - Math.max(0, ...lexical.slice(0, confidenceDepth).map((hit) => hit.coverage ?? 0));
      return fuseRankings([lexical.map((hit) => hit.index), semantic.map((hit) => hit.index)], [1, vectorWeight])
        .slice(0, Math.max(0, limit))
        .map((hit) => ({ ...hit, coverage: coverage.get(hit.index), similarity: similarity.get(hit.index) }));
    },
  };
}
