/** The options that shape what a model reads of a tool result: token budget, compaction, field selection. */
import type { Selectors } from '../selector';

/** What compaction leaves out of the model's view (never out of the `ToolResult`). */
export interface CompactOptions {
  /** Leave out fields whose value is null (default true). */
  nulls?: boolean;
  /**
   * Leave out hypermedia: `_links` objects, and `url` / `*_url` / `href` fields whose value is a URI template or a
   * URL into the API itself (its base URL or the spec's servers); links for people, like `html_url`, stay (default true).
   */
  links?: boolean;
  /** Leave out fields whose value is empty: `""`, `[]` or `{}` (default true). List items are never left out. */
  empty?: boolean;
  /**
   * Leave out links to media a model reading text cannot see: `data:` image, audio and video URIs, and http(s) URLs
   * ending in an image, audio or video file extension or under a key naming an image (`avatar_url`, `logo`,
   * `thumbnailUrl`); kept in an object that has no other field (default true).
   */
  media?: boolean;
}

/** The budget and compaction of the model's view of a result. */
export interface ResultLimits {
  /** Most tokens (o200k estimate) the model reads of one result, note included (default 8,000). */
  maxTokens?: number;
  /** `true` (default): leave out nulls, empty values, hypermedia links and media links; `false`: show the body as it came; or pick. */
  compact?: boolean | CompactOptions;
  /**
   * Show the main list, when its items are objects, as `{ columns, rows }`: each key once, each item a row of values
   * in column order (null where an item has no such field), when that is shorter. Fewer tokens per item; the model
   * reads values by position. Default false.
   */
  tables?: boolean;
}

/** Limits for the tools a selector picks; later entries win. */
export interface ResultsOverride extends ResultLimits {
  /** operationId, tool name or id, glob, `tag:NAME`, `METHOD /path/glob`, or a predicate (as in `operations`). */
  match: Selectors;
}

/** The `results` option of `loadApiServer`. */
export interface ResultsOptions extends ResultLimits {
  /**
   * Let the model name the fields it wants: read operations (GET, HEAD) get an optional input listing field paths
   * (`["number", "title", "user.login"]`), and the model reads only those. `true`: every read operation; or
   * selectors. Default false.
   */
  select?: boolean | Selectors;
  /** Per-tool limits by selector, applied over the defaults above. */
  overrides?: ResultsOverride[];
}

/** The `results` option of an adapter (or the CLI): replaces, for the keys it sets, what `loadApiServer` decided. */
export interface ResultViewOptions extends ResultLimits {
  /** Per-tool limits by selector, applied last. */
  overrides?: ResultsOverride[];
  /**
   * Counts tokens exactly as your model does (e.g. a tokenizer's `(text) => encode(text).length`); the view then
   * fills the budget to the last token. Default: core's fast estimate, with 8 % of the budget kept as headroom for
   * its error.
   */
  countTokens?: TokenCounter;
}

/** Tokens of a text; any estimator fits (the default is core's o200k estimate). */
export type TokenCounter = (text: string) => number | Promise<number>;

/** The default budget of one result the model reads, in tokens. */
export const defaultMaxResultTokens = 8000;

/** What compaction leaves out by default: every kind. */
export const defaultCompaction: Readonly<Required<CompactOptions>> = { nulls: true, links: true, empty: true, media: true };

/** The share of the budget the view fills when tokens are estimated rather than counted by the model's tokenizer. */
export const estimatedBudgetShare = 0.92;

/**
 * The same share for a view whose list is a table: the estimate is fitted on JSON objects and counts rows of bare
 * values lower (GitHub's 100-item pages as tables: exact / estimate up to 1.15, against 1.11 as objects).
 */
export const estimatedTableBudgetShare = 0.85;
