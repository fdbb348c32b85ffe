/** A tool's one-line headline: what the operation does, in the API's own words. */
import type { ToolDescriptor } from '../tool-descriptor';

/** The tool's summary, else its description's first sentence with markup left out (`Returns a list of cards`). */
export function toolHeadline(tool: ToolDescriptor): string {
  const summary = tool.operation.summary?.trim() ?? '';
  return summary !== '' ? summary : tool.description.replace(/<[^>]*>/g, ' ').split(/[.\n]/, 1)[0];
}
