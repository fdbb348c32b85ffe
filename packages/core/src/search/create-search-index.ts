/** The built-in search: a BM25F index over tool names, summaries, descriptions, tags, paths and parameters. */
import type { ToolDescriptor } from '../tool-descriptor';
import { crudVerbFamily, operationVerbFamily } from './crud-verb-family';
import { findIdDependencies } from './find-id-dependencies';
import { lookupIntent, parseSearchQuery, phraseTerm } from './parse-search-query';
import { searchTerms } from './search-terms';
import { splitWords } from './split-words';
import { stemWord } from './stem-word';
import { stopWords } from './stop-words';

/** A ranked hit: the position of the tool in the indexed list and its score. */
export interface IndexHit {
  index: number;
  score: number;
}

/** A built index. `rank` is synchronous and deterministic (ties keep the indexed order). */
export interface SearchIndex {
  rank(options: { query: string; limit: number; among?: ReadonlySet<number> }): IndexHit[];
}

type Field = 'name' | 'summary' | 'resource' | 'path' | 'tags' | 'parameters' | 'description' | 'returns' | 'phrases' | 'verb';

/** Field weights and length normalisation (BM25F). */
const fields: Record<Field, { weight: number; b: number }> = {
  name: { weight: 3, b: 0.5 },
  summary: { weight: 3, b: 0.6 },
  /** The last static path segment: what the operation acts on (`/customers/{id}/payment-methods` -> payment methods). */
  resource: { weight: 1, b: 0 },
  path: { weight: 2.5, b: 0.5 },
  tags: { weight: 1.5, b: 0.3 },
  parameters: { weight: 0.6, b: 0.75 },
  description: { weight: 1, b: 0.75 },
  returns: { weight: 0.5, b: 0.75 },
  phrases: { weight: 1, b: 0 },
  verb: { weight: 1.5, b: 0 },
};
const k1 = 1.2;
/**
 * Added, unsaturated and whatever the term's rarity, when a query word is the head noun (last word) of what the
 * operation acts on: in "add a new customer", `customer` says more than the rare word `add` found in
 * "Add a payment method to a customer".
 */
const resourceMatch = 0.8;
/** How much of a top tool's score goes to the best tool that supplies the id it needs (others get a third). */
const dependencyShare = 0.6;
/** How many of the best tools pass score on to their id suppliers. */
const dependencySources = 3;

/** Builds the index once; building 1,200 tools takes a few milliseconds. */
export function createSearchIndex(tools: readonly ToolDescriptor[]): SearchIndex {
  const fieldNames = Object.keys(fields) as Field[];
  const documents = tools.map(documentFields);
  const averageLength = {} as Record<Field, number>;
  for (const field of fieldNames) {
    const total = documents.reduce((sum, document) => sum + document[field].length, 0);
    averageLength[field] = Math.max(total / Math.max(documents.length, 1), 1);
  }

  // term -> postings (document index, saturated-ready weighted term frequency)
  const postings = new Map<string, Array<{ index: number; frequency: number; resource: boolean }>>();
  documents.forEach((document, index) => {
    const weighted = new Map<string, number>();
    for (const field of fieldNames) {
      const terms = document[field];
      if (terms.length === 0) continue;
      const { weight, b } = fields[field];
      const normaliser = 1 - b + (b * terms.length) / averageLength[field];
      for (const term of terms) weighted.set(term, (weighted.get(term) ?? 0) + weight / normaliser);
    }
    const resource = new Set(document.resource.slice(-1));
    for (const [term, frequency] of weighted) {
      let list = postings.get(term);
      if (list === undefined) postings.set(term, (list = []));
      list.push({ index, frequency, resource: resource.has(term) });
    }
  });
  const count = documents.length;
  const inverseFrequency = (term: string) => {
    const documentFrequency = postings.get(term)?.length ?? 0;
    return Math.log(1 + (count - documentFrequency + 0.5) / (documentFrequency + 0.5));
  };

  const dependencies = findIdDependencies(tools);
  /**
   * Tools that supply the ids the best tools need rank up, right behind the tool that needs them: answers often
   * take a lookup first. The supplier the query favours most gets the full share, the others a third.
   */
  const dependencyBonus = (options: { scores: Float64Array; touched: number[] }): Map<number, number> => {
    const { scores } = options;
    const bonus = new Map<number, number>();
    for (const source of topIndexes({ scores, candidates: options.touched, count: dependencySources })) {
      const sourceScore = scores[source];
      for (const resource of dependencies.needs[source]) {
        const providers = dependencies.providers.get(resource);
        if (providers === undefined) continue;
        let best = -1;
        for (let at = 0; at < providers.length; at++) {
          const provider = providers[at];
          if (best < 0) best = at;
          else {
            const current = providers[best];
            const score = scores[provider.index] + provider.affinity * 1e-3;
            if (score > scores[current.index] + current.affinity * 1e-3) best = at;
          }
        }
        providers.forEach((provider, at) => {
          const share = dependencyShare * sourceScore * provider.affinity * (at === best ? 1 : 1 / 3);
          const capped = Math.min(scores[provider.index] + share, sourceScore * 0.999) - scores[provider.index];
          if (capped > (bonus.get(provider.index) ?? 0)) bonus.set(provider.index, capped);
        });
      }
    }
    return bonus;
  };

  return {
    rank({ query, limit, among }) {
      const queryWeights = parseSearchQuery(query);
      const scores = new Float64Array(count);
      const touched: number[] = [];
      for (const [term, queryWeight] of queryWeights) {
        const list = postings.get(term);
        if (list === undefined) continue;
        const idf = inverseFrequency(term) * queryWeight;
        for (const { index, frequency, resource } of list) {
          if (among !== undefined && !among.has(index)) continue;
          if (scores[index] === 0) touched.push(index);
          scores[index] += (idf * frequency * (k1 + 1)) / (k1 + frequency) + (resource ? resourceMatch * queryWeight : 0);
        }
      }
      const bonus = dependencyBonus({ scores, touched });
      for (const [index, extra] of bonus) {
        if (among !== undefined && !among.has(index)) continue;
        if (scores[index] === 0) touched.push(index);
        scores[index] += extra;
      }
      const hits = touched.map((index) => ({ index, score: scores[index] }));
      hits.sort((left, right) => right.score - left.score || left.index - right.index);
      return hits.slice(0, Math.max(0, limit));
    },
  };
}

/** The `count` best candidates by score (ties: lower index first), best first. */
function topIndexes(options: { scores: Float64Array; candidates: number[]; count: number }): number[] {
  const top: number[] = [];
  const better = (left: number, right: number) =>
    options.scores[left] > options.scores[right] || (options.scores[left] === options.scores[right] && left < right);
  for (const candidate of options.candidates) {
    if (top.length === options.count && !better(candidate, top[top.length - 1])) continue;
    let at = Math.min(top.length, options.count - 1);
    top[at] = candidate;
    while (at > 0 && better(top[at], top[at - 1])) {
      [top[at - 1], top[at]] = [top[at], top[at - 1]];
      at--;
    }
  }
  return top;
}

function documentFields(tool: ToolDescriptor): Record<Field, string[]> {
  const prefix = `${tool.server}_`;
  const localName = tool.name.startsWith(prefix) ? tool.name.slice(prefix.length) : tool.name;
  const pathText = tool.operation.path.replace(/\{[^}]*\}/g, ' ');
  const parameterNames = [
    ...(tool.operation.path.match(/\{[^}]*\}/g) ?? []),
    ...Object.keys(tool.inputSchema.properties ?? {}),
  ];
  const verbs = new Set<string>();
  const methodFamily = operationVerbFamily(tool.operation);
  if (methodFamily) verbs.add(`verb:${methodFamily}`);
  // the first CRUD verb of the name (`users_get_authenticated` -> get), and a summary's (or description's)
  // opening verb (`Updates the specified customer`), beside the method's family
  for (const text of [localName, (tool.operation.summary || tool.description).split(/[.\n]/, 1)[0]]) {
    const words = splitWords(text);
    for (const word of text === localName ? words : words.slice(0, 1)) {
      const family = crudVerbFamily(word);
      if (family === undefined) continue;
      verbs.add(`verb:${family}`);
      break;
    }
  }
  if (isLookup(tool)) verbs.add(lookupIntent);
  const summary = tool.operation.summary ?? '';
  return {
    name: searchTerms({ text: localName }),
    summary: searchTerms({ text: summary }),
    resource: searchTerms({ text: lastStaticSegment(tool.operation.path) }),
    path: searchTerms({ text: pathText }),
    tags: searchTerms({ text: tool.operation.tags.join(' ') }),
    parameters: searchTerms({ text: parameterNames.join(' ') }),
    description: searchTerms({
      text: summary !== '' && tool.description.startsWith(summary) ? tool.description.slice(summary.length) : tool.description,
    }),
    returns: searchTerms({ text: outputPropertyNames(tool).join(' ') }),
    phrases: [localName, summary, pathText].flatMap(adjacentPairs),
    verb: [...verbs],
  };
}

/** `phrase:` terms of adjacent words (stop words break a pair, as in the query). */
function adjacentPairs(text: string): string[] {
  const pairs: string[] = [];
  let previous: string | undefined;
  for (const word of splitWords(text)) {
    if (stopWords.has(word)) {
      previous = undefined;
      continue;
    }
    const stem = stemWord(word);
    if (previous !== undefined) pairs.push(phraseTerm(previous, stem));
    previous = stem;
  }
  return pairs;
}

function lastStaticSegment(path: string): string {
  const segments = path.split('/').filter((segment) => segment !== '' && !segment.includes('{'));
  return segments[segments.length - 1] ?? '';
}

const textParameters = new Set(['q', 'query', 'search', 'term', 'terms', 'keyword', 'keywords', 'text']);

/** A GET that finds things by free text: a `q`/`query`/`search`... parameter, or `search` in its path. */
function isLookup(tool: ToolDescriptor): boolean {
  if (tool.operation.method !== 'GET') return false;
  if (/(^|\/)search(\/|$)/i.test(tool.operation.path)) return true;
  return Object.keys(tool.inputSchema.properties ?? {}).some((name) => textParameters.has(name.toLowerCase()));
}

/** Property names of the success response, and of the items of its arrays (one level down). */
function outputPropertyNames(tool: ToolDescriptor): string[] {
  const names: string[] = [];
  const properties = tool.outputSchema?.properties ?? {};
  for (const [name, schema] of Object.entries(properties)) {
    names.push(name);
    const items = schema?.type === 'array' ? schema.items?.properties : undefined;
    if (items) names.push(...Object.keys(items));
  }
  return names;
}
