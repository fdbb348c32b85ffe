/** Finds the APIs of a catalog a request names ("create a jira issue"), when it has several. */
import type { ToolDescriptor } from '../tool-descriptor';
import { searchTerms } from './search-terms';

/**
 * Returns a lookup from a request's terms (stemmed, as `searchTerms` gives them) to the names of the catalog's APIs
 * it names, each by every word of its registered name (`jira`; `github_enterprise`: `github` and `enterprise`;
 * digits aside: `github2022` is named by `github`). Undefined when it names none, or every API of the catalog (one
 * API named in a catalog of one tells nothing).
 */
export function findNamedApis(tools: readonly ToolDescriptor[]): (terms: ReadonlySet<string>) => ReadonlySet<string> | undefined {
  const apis = new Map<string, string[]>();
  for (const tool of tools) {
    if (!apis.has(tool.server)) apis.set(tool.server, searchTerms({ text: tool.server, compounds: false }).filter((term) => /\p{L}/u.test(term)));
  }
  return (terms) => {
    if (apis.size < 2) return undefined;
    const named = new Set([...apis].filter(([, words]) => words.length > 0 && words.every((word) => terms.has(word))).map(([api]) => api));
    return named.size === 0 || named.size === apis.size ? undefined : named;
  };
}
