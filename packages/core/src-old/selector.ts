/** Selectors: how every option of `loadApiServer` names the operations it applies to. */
import type { ToolDescriptor } from './tool-descriptor';

/**
 * Picks operations: operationId, tool name or id, glob over ids, `tag:NAME`, `METHOD /path/glob`, or a predicate.
 * A selector that matches no operation is a warning (a `SelectorError` in `requireApproval`); wrap it as
 * `{ selector, allowUnmatched: true }` when that is expected (a shared policy over several specs).
 */
export type Selector =
  | string
  | ((descriptor: ToolDescriptor) => boolean)
  | { selector: string | ((descriptor: ToolDescriptor) => boolean); allowUnmatched: true };

/** One selector or several. */
export type Selectors = Selector | Selector[];
