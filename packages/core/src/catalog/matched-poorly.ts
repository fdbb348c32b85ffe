/** Whether a search's matches are too weak to show: the rule `search_tools` and the adapters' searches share. */
import type { SearchMatch } from './tool-catalog';

/**
 * Below this coverage (the share of the query's words, weighted by rarity, that the best match has) nothing
 * matched well. Measured on requests no operation serves and on requests one does (`pnpm bench:search`).
 */
export const defaultMinCoverage = 0.1;

/**
 * True when there are no matches, or every one was found by words alone and covers less than `minCoverage`
 * (default 0.1; 0 never judges). A match the embedding model found (`similarity`) is never judged poor: a vector
 * score does not say how well a tool fits; nor is one without coverage, from a request that has no word to cover
 * (only an action and names: "move 1234 from Sandbox into Workloads").
 */
export function matchedPoorly(matches: readonly SearchMatch[], options?: { minCoverage?: number }): boolean {
  if (matches.length === 0) return true;
  const minCoverage = options?.minCoverage ?? defaultMinCoverage;
  return matches.every((match) => match.similarity === undefined && match.coverage !== undefined && match.coverage < minCoverage);
}
