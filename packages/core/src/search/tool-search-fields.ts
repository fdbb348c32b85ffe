/** The searchable fields of one tool: its API's name, its name, summary, path, tags, parameter names, description, actions and input words. */
import type { ToolDescriptor } from '../tool-descriptor';
import { findActions, methodActionFamily } from './action-family';
import { inputSchemaWords } from './input-schema-words';
import { actionTerm, lookupIntent } from './parse-search-query';
import { searchTerms } from './search-terms';
import { splitWords } from './split-words';
import { toolHeadline } from './tool-headline';

/** A field of the index. */
export type SearchField = 'server' | 'name' | 'summary' | 'path' | 'tags' | 'parameters' | 'description' | 'actions' | 'inputs';

/** The stemmed terms of each field of a tool. */
export function toolSearchFields(tool: ToolDescriptor): Record<SearchField, string[]> {
  const prefix = `${tool.server}_`;
  const localName = tool.name.startsWith(prefix) ? tool.name.slice(prefix.length) : tool.name;
  const summary = tool.operation.summary ?? '';
  const description =
    summary !== '' && tool.description.startsWith(summary) ? tool.description.slice(summary.length) : tool.description;
  return {
    // the API's name as the developer registered it ("create a jira issue" in a catalog that also has GitHub's)
    server: searchTerms({ text: tool.server }),
    name: nameTerms(tool, localName),
    summary: searchTerms({ text: summary }),
    path: searchTerms({ text: tool.operation.path.replace(/\{[^}]*\}/g, ' ') }),
    tags: searchTerms({ text: tool.operation.tags.join(' ') }),
    parameters: searchTerms({ text: Object.keys(tool.inputSchema.properties ?? {}).join(' ') }),
    description: searchTerms({ text: description }),
    actions: actionTerms({ tool, localName }),
    inputs: searchTerms({ text: inputSchemaWords(tool.inputSchema).join(' ') }),
  };
}

/**
 * The terms of a tool's name, without the HTTP method it may open with (`post_group_memberships`, a name made
 * from method and path): the actions field carries the method, and "put Lisa in the group" is not about PUT.
 */
function nameTerms(tool: ToolDescriptor, localName: string): string[] {
  const terms = searchTerms({ text: localName });
  const words = splitWords(localName);
  return words.length > 1 && words[0] === tool.operation.method.toLowerCase() ? terms.slice(1) : terms;
}

/**
 * The action families of a tool: the one its method implies, the one of the first action word of its name
 * (`users_get_authenticated` -> get) and of its headline (`toolHeadline`: `Cancels a workflow run`);
 * plus the lookup intent for a GET that finds things by free text.
 */
function actionTerms(options: { tool: ToolDescriptor; localName: string }): string[] {
  const families = new Set<string>();
  const method = methodActionFamily(options.tool.operation);
  if (method !== undefined) families.add(method);
  for (const text of [options.localName, toolHeadline(options.tool)]) {
    const first = findActions(splitWords(text))[0];
    if (first !== undefined) families.add(first.family);
  }
  const terms = [...families].map(actionTerm);
  if (isLookup(options.tool)) terms.push(lookupIntent);
  return terms;
}

const textParameters = new Set(['q', 'query', 'search', 'term', 'terms', 'keyword', 'keywords', 'text']);

/** A GET that finds things by free text: a `q`/`query`/`search`... parameter, or `search` in its path. */
function isLookup(tool: ToolDescriptor): boolean {
  if (tool.operation.method !== 'GET') return false;
  if (/(^|\/)search(\/|$)/i.test(tool.operation.path)) return true;
  return Object.keys(tool.inputSchema.properties ?? {}).some((name) => textParameters.has(name.toLowerCase()));
}
