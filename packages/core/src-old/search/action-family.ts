/**
 * The one table of general-English action words: what a person says (remove, edit, show) mapped to the family of
 * operations that do it, read from each operation's method and the verb its name or summary opens with.
 */
import type { HttpMethod } from '../tool-descriptor';
import { stemWord } from './stem-word';

/** One family of actions. */
export type ActionFamily = 'get' | 'list' | 'create' | 'update' | 'delete' | 'cancel';

/**
 * General English, not any API's or benchmark's words. `cancel` is apart from `delete`: stopping something that
 * runs (a job, a payment, a subscription) is a POST or DELETE named "cancel"/"stop", found by the operation's verb.
 */
const families: Record<ActionFamily, string[]> = {
  get: ['get', 'fetch', 'show', 'retrieve', 'read', 'view', 'see', 'display', 'inspect', 'describe', 'detail', 'lookup', 'find', 'check', 'download'],
  list: ['list', 'all', 'browse', 'enumerate', 'every'],
  create: ['create', 'add', 'new', 'make', 'open', 'start', 'register', 'insert', 'post', 'submit', 'generate', 'publish', 'upload', 'send', 'save', 'attach', 'invite', 'write'],
  update: ['update', 'edit', 'change', 'modify', 'set', 'rename', 'replace', 'patch', 'adjust', 'fix', 'move', 'switch', 'toggle', 'enable', 'disable', 'mark', 'assign'],
  delete: ['delete', 'remove', 'destroy', 'erase', 'drop', 'discard', 'purge', 'unset', 'detach', 'kick', 'unlink', 'uninstall'],
  cancel: ['cancel', 'stop', 'abort', 'halt', 'terminate', 'end', 'kill', 'void', 'revoke'],
};

/** What may follow a verb's stem in its inflections: `updat|es`, `stop|ping`, `cancel|led`, `creat|ing`. */
const verbEnding = /^(|s|es|d|ed|ing|[a-z](ed|ing))$/;

const familyOfWord = new Map<string, ActionFamily>();
const familyOfStem = new Map<string, ActionFamily>();
for (const [family, words] of Object.entries(families) as Array<[ActionFamily, string[]]>) {
  for (const word of words) {
    familyOfWord.set(word, family);
    const stem = stemWord(word);
    if (stem.length > 3 && !familyOfStem.has(stem)) familyOfStem.set(stem, family);
  }
}

/**
 * The family of a lower-case word, verb inflections included (`removing`, `updates`, `deleted`); undefined for
 * other words, and for nouns made from a verb (`attachments`, `publisher`): only verb endings may follow the stem.
 */
export function actionFamily(word: string): ActionFamily | undefined {
  const family = familyOfWord.get(word);
  if (family !== undefined) return family;
  const stem = stemWord(word);
  return word.startsWith(stem) && verbEnding.test(word.slice(stem.length)) ? familyOfStem.get(stem) : undefined;
}

/** The family an operation's method implies: GET on a collection lists, on an item gets; POST to a collection creates. */
export function methodActionFamily(options: { method: HttpMethod; path: string }): ActionFamily | undefined {
  const item = /\{[^}]*\}\/?$/.test(options.path);
  switch (options.method) {
    case 'GET':
    case 'HEAD':
      return item ? 'get' : 'list';
    case 'POST':
      return item ? 'update' : 'create';
    case 'PUT':
    case 'PATCH':
      return 'update';
    case 'DELETE':
      return 'delete';
    default:
      return undefined;
  }
}
