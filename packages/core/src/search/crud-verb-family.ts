/** The verbs people use for reading, listing, creating, updating and deleting, and the HTTP methods behind them. */
import type { HttpMethod } from '../tool-descriptor';
import { stemWord } from './stem-word';

/** One of the five CRUD verb families. */
export type CrudVerbFamily = 'get' | 'list' | 'create' | 'update' | 'delete';

const families: Record<CrudVerbFamily, string[]> = {
  get: ['get', 'fetch', 'show', 'retrieve', 'read', 'look', 'lookup', 'find', 'view', 'describe', 'detail', 'details', 'info', 'inspect', 'display', 'check', 'see'],
  list: ['list', 'all', 'browse', 'enumerate', 'index', 'search', 'query'],
  create: ['create', 'add', 'new', 'open', 'make', 'post', 'insert', 'register', 'submit', 'start'],
  update: ['update', 'edit', 'change', 'set', 'modify', 'patch', 'rename', 'replace', 'toggle', 'enable', 'disable', 'turn', 'switch'],
  delete: ['delete', 'remove', 'cancel', 'destroy', 'drop', 'erase', 'unset', 'revoke', 'clear', 'close', 'discard'],
};

const familyOfWord = new Map<string, CrudVerbFamily>();
const familyOfStem = new Map<string, CrudVerbFamily>();
for (const [family, words] of Object.entries(families) as Array<[CrudVerbFamily, string[]]>) {
  for (const word of words) {
    if (!familyOfWord.has(word)) familyOfWord.set(word, family);
    const stem = stemWord(word);
    if (stem.length > 3 && !familyOfStem.has(stem)) familyOfStem.set(stem, family);
  }
}

/**
 * The family of a lower-case word (`fetch` -> 'get', `remove` -> 'delete'), inflected forms included
 * (`updates`, `deleted`, `creating`; stems of four letters or more, so `settings` is not `set`).
 */
export function crudVerbFamily(word: string): CrudVerbFamily | undefined {
  return familyOfWord.get(word) ?? familyOfStem.get(stemWord(word));
}

/** The family an operation belongs to by its method and path: GET on a collection lists, GET on an item gets. */
export function operationVerbFamily(options: { method: HttpMethod; path: string }): CrudVerbFamily | undefined {
  switch (options.method) {
    case 'GET':
    case 'HEAD':
      return /\{[^}]*\}\/?$/.test(options.path) ? 'get' : 'list';
    case 'POST':
      // POST to one item (`/customers/{customer}`) updates it or acts on it; POST to a collection creates
      return /\{[^}]*\}\/?$/.test(options.path) ? 'update' : 'create';
    case 'PUT':
    case 'PATCH':
      return 'update';
    case 'DELETE':
      return 'delete';
    default:
      return undefined;
  }
}
