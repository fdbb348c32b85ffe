/** Hybrid search: the lexical (BM25F) and the vector ranking of the same tools, fused by reciprocal rank. */
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

/**
 * `rank` fuses the `pool` best of each ranking (RRF). The first search embeds the tools; when an embedding call
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
      let semantic: Array<{ index: number; similarity: number }>;
      try {
        semantic = await vector.rank({ query, limit: Math.max(pool, limit), among });
      } catch (error) {
        warn({ message: `embedding failed, searching by words alone: ${(error as Error)?.message ?? String(error)}`, cause: error });
        return lexical.slice(0, limit);
      }
      const coverage = new Map(lexical.map((hit: IndexHit) => [hit.index, hit.coverage]));
      const similarity = new Map(semantic.map((hit) => [hit.index, hit.similarity]));
      return fuseRankings([lexical.map((hit) => hit.index), semantic.map((hit) => hit.index)])
        .slice(0, Math.max(0, limit))
        .map((hit) => ({ ...hit, coverage: coverage.get(hit.index), similarity: similarity.get(hit.index) }));
    },
  };
}
