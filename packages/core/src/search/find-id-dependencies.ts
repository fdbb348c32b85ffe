/** Finds which operations need an identifier and which operations can supply it, from paths and summaries alone. */
import type { ToolDescriptor } from '../tool-descriptor';
import { searchTerms } from './search-terms';
import { splitWords } from './split-words';

/** One operation that can supply identifiers of a resource, and how surely (1: its path says so). */
export interface IdProvider {
  index: number;
  affinity: number;
}

/** Per tool, the resources whose ids it needs; per resource, the tools that list or find them. */
export interface IdDependencies {
  needs: string[][];
  providers: Map<string, IdProvider[]>;
}

const identifierWords = new Set(['id', 'ids', 'uuid', 'key', 'slug', 'sid', 'gid', 'uid']);

/**
 * `GET /movie/{movie_id}/credits` needs a `movi` id; `GET /search/movie` and `GET /movie/popular` supply one
 * (a static path segment names the resource and no parameter follows it); `GET /me` supplies a `user` id by
 * its summary ("Get Current User's Profile"), with less certainty. Resources are stemmed words.
 */
export function findIdDependencies(tools: readonly ToolDescriptor[]): IdDependencies {
  const needs = tools.map((tool) => resourcesNeeded(tool.operation.path));
  const providers = new Map<string, IdProvider[]>();
  tools.forEach((tool, index) => {
    if (tool.operation.method !== 'GET') return;
    const own = new Set(needs[index]);
    const affinities = new Map<string, number>();
    const segments = tool.operation.path.split('/').filter((segment) => segment !== '');
    segments.forEach((segment, position) => {
      if (segment.includes('{')) return;
      const next = segments[position + 1];
      if (next !== undefined && next.includes('{')) return;
      for (const term of searchTerms({ text: segment })) affinities.set(term, 1);
    });
    for (const term of searchTerms({ text: tool.operation.summary ?? '' })) {
      if (!affinities.has(term)) affinities.set(term, 0.5);
    }
    for (const [resource, affinity] of affinities) {
      if (own.has(resource)) continue;
      let list = providers.get(resource);
      if (list === undefined) providers.set(resource, (list = []));
      list.push({ index, affinity });
    }
  });
  return { needs, providers };
}

/** Stemmed resource names of the identifier parameters in a path: `{movie_id}` -> movi; `/albums/{id}` -> album. */
function resourcesNeeded(path: string): string[] {
  const segments = path.split('/').filter((segment) => segment !== '');
  const resources = new Set<string>();
  segments.forEach((segment, position) => {
    const match = /^\{([^}]+)\}$/.exec(segment);
    if (!match) return;
    const words = splitWords(match[1]);
    if (words.length === 0 || !identifierWords.has(words[words.length - 1])) return;
    const named = words.slice(0, -1).join(' ');
    const previous = segments[position - 1];
    const text = named !== '' ? named : previous !== undefined && !previous.includes('{') ? previous : '';
    for (const term of searchTerms({ text })) resources.add(term);
  });
  return [...resources];
}
