/** The options of `toLangChainTools` and what it accepts. */
import type { ApproveHook, ResultViewOptions, SchemaProvider, ToolCatalogSource } from '@apiwire/core';
import type { LangChainEmbeddingsOption } from './lang-chain-tool-embeddings';

/** Options of `toLangChainTools`. */
export interface LangChainToolsOptions {
  /**
   * Decides approval-gated calls (there is no human in a plain `bindTools` loop): `true` or `{ approved: true }`
   * sends the request. Without it, the server's own `approve` hook decides, and without that the model reads a
   * `denied` result. In a `createAgent`, use `createApiwireMiddleware` to ask a human instead.
   */
  approve?: ApproveHook;
  /**
   * The conversation's revealed tool names: `search_tools` adds to it, `call_tool` reads it. Default: a new set
   * for this array of tools, so make one array (or pass one set) per conversation, never one for all users.
   */
  revealed?: Set<string>;
  /** Most matches `search_tools` returns (default 5). */
  maxResults?: number;
  /**
   * When the best match covers less than this share of the query's words (weighted by rarity), `search_tools`
   * reveals nothing and says so, suggesting other words (default 0.1, 0 never). Matches found by `embeddings` are not judged.
   */
  minCoverage?: number;
  /**
   * What the model reads of results (tool message content): `maxTokens`, `compact` and per-tool `overrides`
   * replace, for the keys they set, the servers' `results` option. The message's artifact keeps the full `ToolResult`.
   */
  results?: ResultViewOptions;
  /**
   * Hybrid search: a LangChain `Embeddings` (or `{ model, cache, onWarning }`). `search_tools` fuses the word
   * ranking with this model's (tools embedded with `embedDocuments` on the first search, queries with
   * `embedQuery`); a failed embedding call falls back to words alone with a warning.
   */
  embeddings?: LangChainEmbeddingsOption;
  /**
   * The provider the chat model talks to (`'openai'`, `'anthropic'`, `'google'`): each tool's schema follows its
   * documented rules (see the README's "Provider profiles"). Without one, the rules common to all three.
   */
  provider?: SchemaProvider;
  /**
   * Schemas for the provider's strict mode (what it refuses moves into the description; apiwire still validates
   * it). Tools that fit the provider's limits carry `extras.strict` (read by `@langchain/anthropic`); for
   * ChatOpenAI pass `strict: true` to `bindTools`. Default false.
   */
  strict?: boolean;
}

/** What `toLangChainTools` and `createApiwireMiddleware` accept: loaded servers (or descriptors), or a catalog of them. */
export type LangChainToolsSource = ToolCatalogSource;
