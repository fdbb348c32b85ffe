/** The built-in search: a BM25F index over tool names, summaries, descriptions, tags, paths and parameters. */
import type { ToolDescriptor } from '../tool-descriptor';
import { crudVerbFamily, operationVerbFamily } from './crud-verb-family';
import { lookupIntent, parseSearchQuery } from './parse-search-query';
import { searchTerms } from './search-terms';
import { splitWords } from './split-words';

/** A ranked hit: the position of the tool in the indexed list and its score. */
export interface IndexHit {
  index: number;
  score: number;
}

/** A built index. `rank` is synchronous and deterministic (ties keep the indexed order). */
export interface SearchIndex {
  rank(options: { query: string; limit: number; among?: ReadonlySet<number> }): IndexHit[];
}

type Field = 'name' | 'summary' | 'path' | 'tags' | 'parameters' | 'description' | 'returns' | 'verb';

/** Field weights and length normalisation (BM25F). */
const fields: Record<Field, { weight: number; b: number }> = {
  name: { weight: 3, b: 0.5 },
  summary: { weight: 3, b: 0.6 },
  path: { weight: 2.5, b: 0.5 },
  tags: { weight: 1.5, b: 0.3 },
  parameters: { weight: 0.6, b: 0.75 },
  description: { weight: 1, b: 0.75 },
  returns: { weight: 0.5, b: 0.75 },
  verb: { weight: 1.5, b: 0 },
};
const k1 = 1.2;

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
  const postings = new Map<string, Array<{ index: number; frequency: number }>>();
  documents.forEach((document, index) => {
    const weighted = new Map<string, number>();
    for (const field of fieldNames) {
      const terms = document[field];
      if (terms.length === 0) continue;
      const { weight, b } = fields[field];
      const normaliser = 1 - b + (b * terms.length) / averageLength[field];
      for (const term of terms) weighted.set(term, (weighted.get(term) ?? 0) + weight / normaliser);
    }
    for (const [term, frequency] of weighted) {
      let list = postings.get(term);
      if (list === undefined) postings.set(term, (list = []));
      list.push({ index, frequency });
    }
  });
  const count = documents.length;
  const inverseFrequency = (term: string) => {
    const documentFrequency = postings.get(term)?.length ?? 0;
    return Math.log(1 + (count - documentFrequency + 0.5) / (documentFrequency + 0.5));
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
        for (const { index, frequency } of list) {
          if (among !== undefined && !among.has(index)) continue;
          if (scores[index] === 0) touched.push(index);
          scores[index] += (idf * frequency * (k1 + 1)) / (k1 + frequency);
        }
      }
      const hits = touched.map((index) => ({ index, score: scores[index] }));
      hits.sort((left, right) => right.score - left.score || left.index - right.index);
      return hits.slice(0, Math.max(0, limit));
    },
  };
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
  const firstWord = splitWords(localName)[0];
  const nameFamily = firstWord === undefined ? undefined : crudVerbFamily(firstWord);
  if (nameFamily) verbs.add(`verb:${nameFamily}`);
  if (isLookup(tool)) verbs.add(lookupIntent);
  const summary = tool.operation.summary ?? '';
  return {
    name: searchTerms({ text: localName }),
    summary: searchTerms({ text: summary }),
    path: searchTerms({ text: pathText }),
    tags: searchTerms({ text: tool.operation.tags.join(' ') }),
    parameters: searchTerms({ text: parameterNames.join(' ') }),
    description: searchTerms({
      text: summary !== '' && tool.description.startsWith(summary) ? tool.description.slice(summary.length) : tool.description,
    }),
    returns: searchTerms({ text: outputPropertyNames(tool).join(' ') }),
    verb: [...verbs],
  };
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
