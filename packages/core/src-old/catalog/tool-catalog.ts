/** The contract of a tool catalog: every tool of several servers, their deferral, lookup and search. */
import type { ToolEmbeddings } from '../search/tool-embeddings';
import type { ToolDescriptor } from '../tool-descriptor';

/** One search hit: the tool and its score (higher is better; comparable only within one search). */
export interface SearchMatch {
  descriptor: ToolDescriptor;
  score: number;
  /**
   * Built-in ranking only: the share of the query's words (weighted by rarity) this tool has, 0 to 1. When every
   * match covers little, nothing matched the request well.
   */
  coverage?: number;
  /** Hybrid search only: the cosine similarity of the tool's vector and the query's, when the vector side found it. */
  similarity?: number;
}

/** Options of one search. */
export interface CatalogSearchOptions {
  /** Most matches returned (default 10). */
  limit?: number;
  /** Search only these tools (descriptors, names or ids), e.g. the deferred ones not yet revealed. */
  among?: ReadonlyArray<ToolDescriptor | string>;
}

/**
 * A search a developer plugs in (embeddings, a remote index): the names (or ids) of the best tools for the
 * query, best first. Unknown names are ignored.
 */
export type SearchFunction = (options: {
  query: string;
  tools: readonly ToolDescriptor[];
  limit: number;
}) => readonly string[] | Promise<readonly string[]>;

/** Options of `createToolCatalog`. */
export interface ToolCatalogOptions {
  /** Replaces the built-in ranking in `search` (not in `rank`). */
  search?: SearchFunction;
  /**
   * Hybrid search: `search` fuses the built-in ranking with the cosine ranking of this model's vectors
   * (reciprocal rank fusion). Tools are embedded once per catalog, on the first search, and kept in
   * `embeddings.cache` when given; a failed embedding call falls back to the built-in ranking with a warning.
   * Ignored when `search` is set.
   */
  embeddings?: ToolEmbeddings;
}

/** All tools of several servers, names unique across them. Holds no per-conversation state. */
export interface ToolCatalog {
  /** Every tool of every server (after include/exclude), in server then spec order. */
  readonly tools: readonly ToolDescriptor[];
  /** Tools offered to the model from the start (not deferred). */
  visible(): ToolDescriptor[];
  /** Tools kept out of the prompt until a search reveals them. */
  deferred(): ToolDescriptor[];
  /** A tool by name or dotted id. */
  get(nameOrId: string): ToolDescriptor | undefined;
  /** Best matches first: the plugged-in search when there is one, else the built-in ranking. */
  search(query: string, options?: CatalogSearchOptions): Promise<SearchMatch[]>;
  /** The built-in ranking, synchronous (BM25-style over names, ids, summaries, descriptions, tags, paths, parameters). */
  rank(query: string, options?: CatalogSearchOptions): SearchMatch[];
}
