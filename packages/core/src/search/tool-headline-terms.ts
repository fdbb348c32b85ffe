/** The terms of a tool's one-line headline: what the operation does, in the API's own words. */
import type { ToolDescriptor } from '../tool-descriptor';
import { searchTerms } from './search-terms';

/** A first sentence longer than this many terms is cut: its tail is detail, not what the operation does. */
const longestHeadline = 12;

/**
 * The stemmed terms of a tool's summary, else of its description's first sentence (markup left out), without
 * single letters, at most twelve: `Add user to group`, `Returns a list of PaymentMethods for a given Customer`.
 */
export function toolHeadlineTerms(tool: ToolDescriptor): string[] {
  const summary = tool.operation.summary?.trim() ?? '';
  const text = summary !== '' ? summary : tool.description.replace(/<[^>]*>/g, ' ').split(/[.\n]/, 1)[0];
  // one letter is the `s` of a possessive ("an invoice's attachments"), not a word of the headline
  return searchTerms({ text, compounds: false })
    .filter((term) => term.length > 1)
    .slice(0, longestHeadline);
}
