/** The contract of semantic search: an embedding model as core sees it, and where its vectors may persist. */

/**
 * Where tool vectors persist between runs, keyed by a SHA-256 of the model name and the embedded text (a `Map`
 * fits; so does a wrapper around a file, Redis or a database). Either method may answer with a promise.
 */
export interface VectorCache {
  get(key: string): number[] | undefined | Promise<number[] | undefined>;
  set(key: string, vector: number[]): unknown;
}

/** A failed embedding call: the search went on with lexical ranking alone. */
export interface SearchWarning {
  message: string;
  cause: unknown;
}

/**
 * An embedding model for hybrid search. The adapters build one from the framework's own abstraction (an AI SDK
 * `EmbeddingModel`, a LangChain `Embeddings`) through their `embeddings` option.
 */
export interface ToolEmbeddings {
  /** Names the model in cache keys, so vectors of another model are never reused. */
  model: string;
  /** One vector per text, in order (the tools' texts, embedded once per catalog, on the first search). */
  embedDocuments(texts: string[]): Promise<number[][]>;
  /** The vector of one search query. */
  embedQuery(text: string): Promise<number[]>;
  /** Where tool vectors persist; without it they live as long as the catalog. */
  cache?: VectorCache;
  /** Told when an embedding call fails and the search falls back to lexical ranking (default: `console.warn`). */
  onWarning?: (warning: SearchWarning) => void;
}
