/** Finds the tools a query names exactly: by tool name, dotted id, name without its API's prefix, or operationId. */
import type { ToolDescriptor } from '../tool-descriptor';
import { unquoted } from './unquoted';

/** A name as looked up: quotes a model may put around a name it copied (`"github_repos_create_fork"`) and case aside. */
function nameKey(text: string): string {
  return unquoted(text).toLowerCase();
}

/**
 * Returns a lookup from a query to the positions of the tools it names exactly, case aside: `github_repos_get`,
 * `github.repos_get`, `repos_get` or the operation's `operationId` (`repos/get`). Words alone rank such a query
 * poorly: a tool name is an identifier, read as a named value, and its words are shared by its neighbours
 * (`stripe_get_account` lost to `stripe_get_customers_search`). A model that saw a tool's name, in an earlier
 * result, a note or a refusal, finds it (alone) by that name.
 */
export function findNamedTools(tools: readonly ToolDescriptor[]): (query: string) => number[] {
  const byKey = new Map<string, number[]>();
  tools.forEach((tool, index) => {
    const prefix = `${tool.server}_`;
    const keys = [tool.name, tool.id, tool.name.startsWith(prefix) ? tool.name.slice(prefix.length) : undefined, tool.operation.operationId];
    for (const key of new Set(keys.filter((text): text is string => text !== undefined && text.trim() !== '').map(nameKey))) {
      const list = byKey.get(key);
      if (list === undefined) byKey.set(key, [index]);
      else list.push(index);
    }
  });
  return (query) => byKey.get(nameKey(query)) ?? [];
}
