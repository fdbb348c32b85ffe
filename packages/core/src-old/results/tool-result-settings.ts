/** The resolved settings of one tool's model-facing results, kept on its descriptor. */
import type { CompactionKinds } from './compact-value';

/** A tool's own inputs that page through a list, by role (input property names, after any rename). */
export interface PagingInputs {
  /** Page number (`page`). */
  page?: string;
  /** Items per page (`per_page`, `limit`, `page_size`, …). */
  pageSize?: string;
  /** Items to skip (`offset`, `skip`, `start`). */
  offset?: string;
  /** An opaque cursor or the id to start after (`cursor`, `starting_after`, `page_token`, `after`, …). */
  cursor?: string;
  /** Whether the cursor input takes the id of the last item seen (`starting_after`, `after_id`, `since_id`). */
  cursorIsItemId?: boolean;
  /** Every query parameter: name on the wire -> input property, to map a `next` URL back to inputs. */
  query: Record<string, string>;
  /** Input properties (of `query`) that take numbers, so values read from a URL are given as numbers. */
  numeric: string[];
}

/** How results of one tool reach a model. */
export interface ToolResultSettings {
  /** Most tokens the model reads of one result. */
  maxTokens: number;
  /** What compaction leaves out. */
  compact: CompactionKinds;
  /** Whether the main list is shown as `{ columns, rows }` (when that is shorter). */
  tables: boolean;
  /** The input property holding the model's field selection, when selection is on for this tool. */
  selectInput?: string;
  paging: PagingInputs;
  /** Origins of the API (base URL, spec servers): `*_url` fields pointing there are hypermedia. */
  apiOrigins: string[];
}
