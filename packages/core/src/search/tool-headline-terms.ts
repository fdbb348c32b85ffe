/** The terms of a tool's one-line headline: what the operation does, in the API's own words. */
import type { ToolDescriptor } from '../tool-descriptor';
import { searchTerms } from './search-terms';
import { toolHeadline } from './tool-headline';

/** A first sentence longer than this many terms is cut: its tail is detail, not what the operation does. */
const longestHeadline = 12;

/**
 * The stemmed terms of a tool's headline (`toolHeadline`: its summary, else its description's first sentence),
 * without single letters, at most twelve: `Add user to group`, `Returns a list of PaymentMethods for a given Customer`.
 */
export function toolHeadlineTerms(tool: ToolDescriptor): string[] {
  // a one-letter term (the `x` of `x-api-key`, the `e` of "e.g.") is no word of the headline
  return searchTerms({ text: toolHeadline(tool), compounds: false })
    .filter((term) => term.length > 1)
    .slice(0, longestHeadline);
}
