/** The sentence a search tool's description adds when the tools it searches come from several APIs. */
import type { ToolDescriptor } from '../tool-descriptor';

/**
 * ` The tools come from several APIs (github, jira): start the query with the one you mean, as in "github: list
 * items".` when `tools` come from two APIs or more, else ''. A query that names an API ranks that API's tools first,
 * and "add comment" alone fits GitHub's and Jira's alike. `search_tools` and the AI SDK's `toolSearch` add it.
 */
export function severalApisHint(tools: readonly ToolDescriptor[]): string {
  const apis = [...new Set(tools.map((tool) => tool.server))];
  if (apis.length < 2) return '';
  return ` The tools come from several APIs (${apis.join(', ')}): start the query with the one you mean, as in "${apis[0]}: list items".`;
}
