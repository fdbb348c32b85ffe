/**
 * The built-in search: a BM25F index over tool names, summaries, paths, tags, parameter names, descriptions, actions
 * and the input's property names and descriptions.
 */
import { escapeRegExp } from '../escape-reg-exp';
import type { ToolDescriptor } from '../tool-descriptor';
import { actionFamily } from './action-family';
import { cloudInfrastructureSynonymGroups } from './cloud-infrastructure-synonym-groups';
import { cloudOperationsSynonymGroups } from './cloud-operations-synonym-groups';
import { createRelatedTerms } from './create-related-terms';
import { domainSynonymGroups } from './domain-synonym-groups';
import { featureSynonymGroups } from './feature-synonym-groups';
import { findNamedApis } from './find-named-apis';
import { findNamedTools } from './find-named-tools';
import { findRoutedTools } from './find-routed-tools';
import { headlineShare } from './headline-share';
import { jargonSynonymGroups } from './jargon-synonym-groups';
import { actionTerm, fileTerm, parseSearchQuery } from './parse-search-query';
import { phrasingSynonymGroups } from './phrasing-synonym-groups';
import { publicDataSynonymGroups } from './public-data-synonym-groups';
import { searchTerms } from './search-terms';
import { splitWords } from './split-words';
import { synonymGroups } from './synonym-groups';
import { toolHeadlineTerms } from './tool-headline-terms';
import { type SearchField, toolSearchFields } from './tool-search-fields';

/** A ranked hit: the position of the tool in the indexed list, its score, and how much of the query it covers. */
export interface IndexHit {
  index: number;
  score: number;
  /**
   * The share of the query's words (weighted by rarity; action words and named values aside) found in this tool,
   * itself or as a synonym, 0 to 1; a word the API never uses counts as rare. Low for every hit: nothing matched the request well.
   * Undefined when the query has no such word to cover ("move 1234 from Sandbox into Workloads": an action and
   * names): then there is nothing to judge by.
   */
  coverage?: number;
  /** True when the query is this tool's exact name, id, operationId or route (`findNamedTools`, `findRoutedTools`): the only hits then. */
  named?: true;
}

/** A built index. `rank` is synchronous and deterministic (ties keep the indexed order). */
export interface SearchIndex {
  rank(options: { query: string; limit: number; among?: ReadonlySet<number> }): IndexHit[];
}

/**
 * Field weights and length normalisation (b). Chosen on the dev halves of scripts/search-sets and on RestBench
 * (`pnpm bench:search`); a field's words count as many times as its weight, relative to its average length.
 */
const fields: Record<SearchField, { weight: number; b: number }> = {
  server: { weight: 1, b: 0 },
  name: { weight: 3, b: 0.5 },
  summary: { weight: 3, b: 0.6 },
  path: { weight: 2, b: 0.5 },
  tags: { weight: 1.5, b: 0.3 },
  parameters: { weight: 0.6, b: 0.75 },
  description: { weight: 2, b: 0.75 },
  actions: { weight: 1.5, b: 0 },
  inputs: { weight: 0.3, b: 0.75 },
};
const k1 = 1.2;
/** How much a tool's score grows when the request explains its whole headline (`headline-share.ts`): 1 + 0.5 * share. */
const headlineWeight = 0.5;
/** What a tool keeps of its score when the request asks for a change it does not make (a read, for "delete ..."). */
const otherActionFactor = 0.8;
/** What a tool keeps of its score when the request names other APIs of the catalog, not its own. */
const otherApiFactor = 0.5;
/** What a deprecated operation keeps of its score: its replacement comes first when both match as well. */
const deprecatedFactor = 0.9;
/** How many of the best-scored tools the headline, change and deprecation factors reorder (more when asked for more). */
const rerankDepth = 100;
/** The action terms of the families that change something: `action:create`, `action:update`, ... */
const changeTerms: ReadonlySet<string> = new Set(['create', 'update', 'delete', 'cancel'].map(actionTerm));
/** What a synonym of a request's word counts (`reboot` for "restart"), before its share and rarity. */
const synonymWeight = 0.7;
/** Fields whose words are the API's own vocabulary (a capitalised query word found there is not a named value). */
const vocabularyFields: SearchField[] = ['server', 'name', 'summary', 'path', 'tags'];

/**
 * The built-in synonym tables: everyday English (`synonym-groups.ts`), API jargon (`jargon-synonym-groups.ts`),
 * indirect phrasings (`phrasing-synonym-groups.ts`), the words of domains the others cover thinly
 * (`domain-synonym-groups.ts`), products' names for features beside how people describe them
 * (`feature-synonym-groups.ts`), cloud platforms' names for things (`cloud-infrastructure-synonym-groups.ts`,
 * `cloud-operations-synonym-groups.ts`) and public, scientific and cultural data in its publishers' words
 * (`public-data-synonym-groups.ts`).
 */
const builtInSynonyms: ReadonlyArray<readonly string[]> = [
  ...synonymGroups,
  ...jargonSynonymGroups,
  ...phrasingSynonymGroups,
  ...domainSynonymGroups,
  ...featureSynonymGroups,
  ...cloudInfrastructureSynonymGroups,
  ...cloudOperationsSynonymGroups,
  ...publicDataSynonymGroups,
];
type Postings = Map<string, Array<{ index: number; frequency: number }>>;

/**
 * Builds the index once (a few milliseconds for 1,200 tools). BM25F: each field's term frequency is weighted and
 * length-normalised on its own, the sum saturated once per term, times the term's inverse document frequency.
 * Action terms (`action:delete`) only add to tools that match some other word of the query: a verb alone finds
 * nothing. A request's words (and phrases) also find the API's synonyms of them (`builtInSynonyms`), at a lower
 * weight. Last, among the 100 best, each score grows by the share of the tool's headline (its summary) that the
 * request explains, a tool that does none of the changes a request asks for (create, update, delete, cancel) keeps
 * 0.8 of its score, and a deprecated one 0.9; in a catalog of several APIs, a request that names some of them
 * (`findNamedApis`) leaves the others' tools 0.5 of their score. A query that is a tool's name, dotted id or
 * operationId (`findNamedTools`), or its route (`findRoutedTools`: `GET /repos/octocat/hello-world/pulls`), finds
 * that tool alone.
 */
export function createSearchIndex(tools: readonly ToolDescriptor[]): SearchIndex {
  const documents = tools.map(toolSearchFields);
  const apis = [...new Set(tools.map((tool) => tool.server))];
  // an API's name tells its tools apart from other APIs' only: in a catalog of one it would be a word of every tool
  if (apis.length < 2) for (const document of documents) document.server = [];
  const postings = buildPostings(documents);
  const vocabulary = new Set<string>();
  for (const document of documents) for (const field of vocabularyFields) for (const term of document[field]) vocabulary.add(term);
  /** The words of the catalog's API names, when it has several: a synonym of a request's word is never one of them. */
  const apiWords = new Set(documents.flatMap((document) => document.server));
  const count = documents.length;
  const inverseFrequency = (term: string) => {
    const documentFrequency = postings.get(term)?.length ?? 0;
    return Math.log(1 + (count - documentFrequency + 0.5) / (documentFrequency + 0.5));
  };
  const namedTools = findNamedTools(tools);
  const routedTools = findRoutedTools(tools);
  // "box: upload a file" in a catalog of Box alone: the prefix names every tool, so it tells nothing (with several
  // APIs it stays, and names the one meant)
  const apiPrefix = apis.length === 1 ? new RegExp(`^\\s*${escapeRegExp(apis[0])}\\s*:`, 'i') : undefined;
  const namedApis = findNamedApis(tools);
  const headlines = tools.map((tool) => toolHeadlineTerms(tool).map((term) => ({ term, weight: inverseFrequency(term), family: actionFamily(term) })));
  const relatedTerms = createRelatedTerms({ tables: [builtInSynonyms, ...ownSynonyms(tools)], known: (term) => postings.has(term) });
  /** The tools that have any of some terms, kept per term once asked (a synonym checks its request word's tools). */
  const toolSets = new Map<string, ReadonlySet<number>>();
  const toolsWith = (term: string): ReadonlySet<number> => {
    let found = toolSets.get(term);
    if (found === undefined) toolSets.set(term, (found = new Set((postings.get(term) ?? []).map((posting) => posting.index))));
    return found;
  };
  const toolsWithAny = (terms: readonly string[]): ReadonlySet<number> =>
    terms.length === 1 ? toolsWith(terms[0]) : new Set(terms.flatMap((term) => [...toolsWith(term)]));

  /** The query's terms and weights, with the API's synonyms of its words, and the words each term covers. */
  const queryTerms = (query: string): { terms: QueryTerm[]; content: Set<string> } => {
    const parsed = parseSearchQuery({ query, known: (term) => vocabulary.has(term) });
    const words = searchTerms({ text: query, compounds: false });
    const content = new Set(words.filter((term) => (parsed.get(term) ?? 0) >= 1));
    // a file's name says the request is about a file: a tool that has files covers that much of it
    if (parsed.has(fileTerm)) content.add(fileTerm);
    const terms: QueryTerm[] = [...parsed].map(([term, weight]) => ({ term, weight, covers: content.has(term) ? [term] : [] }));
    for (const related of relatedTerms(splitWords(query))) {
      // "invoice" ~ bill: the synonym is no reason to favour the tools of an API named `billing`
      if (parsed.has(related.term) || apiWords.has(related.term)) continue;
      // A synonym counts at most as much as the word the request used, when the API uses that word too.
      const rarity = postings.has(related.for[0]) ? Math.min(1, inverseFrequency(related.for[0]) / inverseFrequency(related.term)) : 1;
      terms.push({
        term: related.term,
        weight: synonymWeight * related.share * rarity,
        covers: related.for.filter((term) => content.has(term)),
        standsFor: related.for,
      });
    }
    return { terms, content };
  };

  return {
    rank({ query, limit, among }) {
      // a query that is a tool's name, operationId or route finds that tool alone, whatever its words would score
      const named = [...new Set([...namedTools(query), ...routedTools(query)])].filter((index) => among === undefined || among.has(index));
      if (named.length > 0) return named.slice(0, Math.max(0, limit)).map((index) => ({ index, score: 1, coverage: 1, named: true }));
      const { terms, content } = queryTerms(apiPrefix === undefined ? query : query.replace(apiPrefix, ''));
      // which of the query's content words (at most 32) each tool covers, one bit per word
      const contentWords = [...content].slice(0, 32);
      const bitOf = new Map(contentWords.map((term, bit) => [term, 1 << bit]));
      const scores = new Float64Array(count);
      const coveredBits = new Int32Array(count);
      const touched: number[] = [];
      const add = (queryTerm: QueryTerm, onlyMatched: boolean) => {
        const list = postings.get(queryTerm.term);
        if (list === undefined) return;
        const idf = inverseFrequency(queryTerm.term) * queryTerm.weight;
        const hasOriginal = queryTerm.standsFor === undefined ? undefined : toolsWithAny(queryTerm.standsFor);
        let bits = 0;
        for (const term of queryTerm.covers) bits |= bitOf.get(term) ?? 0;
        for (const { index, frequency } of list) {
          if (among !== undefined && !among.has(index)) continue;
          // a synonym stands in for the request's word: a tool that has the word itself gets nothing more from it
          if (hasOriginal?.has(index)) continue;
          if (scores[index] === 0) {
            if (onlyMatched) continue;
            touched.push(index);
          }
          scores[index] += (idf * frequency * (k1 + 1)) / (k1 + frequency);
          coveredBits[index] |= bits;
        }
      };
      for (const queryTerm of terms) if (!queryTerm.term.startsWith('action:')) add(queryTerm, false);
      for (const queryTerm of terms) if (queryTerm.term.startsWith('action:')) add(queryTerm, true);
      const termSet = new Set(terms.map((queryTerm) => queryTerm.term));
      const families = new Set(terms.filter((queryTerm) => queryTerm.term.startsWith('action:')).map((queryTerm) => queryTerm.term.slice('action:'.length)));
      const changes = [...termSet].filter((term) => changeTerms.has(term));
      const byScore = (left: number, right: number) => scores[right] - scores[left] || left - right;
      touched.sort(byScore);
      // the request-level factors reorder the best-scored tools only: beyond them a tool would need a jump no factor gives
      const best = touched.slice(0, Math.max(limit, rerankDepth));
      const apisNamed = namedApis(termSet);
      for (const index of best) {
        // "search jira users" in a catalog that also has GitHub's: the other APIs' tools count less
        if (apisNamed !== undefined && !apisNamed.has(tools[index].server)) scores[index] *= otherApiFactor;
        // a request for a change (create, update, delete, cancel) is not served by a tool that makes none of them
        if (changes.length > 0 && !changes.some((action) => documents[index].actions.includes(action))) scores[index] *= otherActionFactor;
        if (tools[index].operation.deprecated) scores[index] *= deprecatedFactor;
        scores[index] *= 1 + headlineWeight * headlineShare({ headline: headlines[index], terms: termSet, families });
      }
      best.sort(byScore);
      const contentWeight = contentWords.reduce((sum, term) => sum + inverseFrequency(term), 0);
      return best.slice(0, Math.max(0, limit)).map((index) => {
        let covered = 0;
        contentWords.forEach((term, bit) => {
          if (coveredBits[index] & (1 << bit)) covered += inverseFrequency(term);
        });
        return { index, score: scores[index], coverage: contentWeight > 0 ? Math.min(1, covered / contentWeight) : undefined };
      });
    },
  };
}

/** The synonym tables the tools' APIs were loaded with (`loadApiServer({ synonyms })`), each API's once. */
function ownSynonyms(tools: readonly ToolDescriptor[]): Array<ReadonlyArray<readonly string[]>> {
  const seen = new Set<ReadonlyArray<readonly string[]>>();
  for (const tool of tools) if (tool.synonyms !== undefined) seen.add(tool.synonyms);
  return [...seen];
}

/** A weighted term of a query, the query's content words it covers, and for a synonym the request's terms it stands for. */
interface QueryTerm {
  term: string;
  weight: number;
  covers: string[];
  standsFor?: string[];
}

/** Term -> the tools that have it, with the weighted, length-normalised frequency summed over fields. */
function buildPostings(documents: ReadonlyArray<Record<SearchField, string[]>>): Postings {
  const names = Object.keys(fields) as SearchField[];
  const averageLength = new Map<SearchField, number>();
  for (const field of names) {
    const total = documents.reduce((sum, document) => sum + document[field].length, 0);
    averageLength.set(field, Math.max(total / Math.max(documents.length, 1), 1));
  }
  const postings: Postings = new Map();
  documents.forEach((document, index) => {
    const weighted = new Map<string, number>();
    for (const field of names) {
      const terms = document[field];
      if (terms.length === 0) continue;
      const { weight, b } = fields[field];
      const normaliser = 1 - b + (b * terms.length) / (averageLength.get(field) ?? 1);
      for (const term of terms) weighted.set(term, (weighted.get(term) ?? 0) + weight / normaliser);
    }
    for (const [term, frequency] of weighted) {
      let list = postings.get(term);
      if (list === undefined) postings.set(term, (list = []));
      list.push({ index, frequency });
    }
  });
  return postings;
}
