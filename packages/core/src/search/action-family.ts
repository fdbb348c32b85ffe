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

/**
 * Phrasal verbs, also general English: the verb, then its particle(s), which may come after the object as well
 * ("take Bob out of the group", "turn notifications back on"). Read before single words, so "call off" cancels
 * rather than calls, and "set up" creates rather than updates.
 */
const phrases: Record<ActionFamily, string[]> = {
  get: ['look up', 'look at', 'look into', 'pull up', 'check on', 'find out', 'dig up', 'bring up'],
  list: ['go through', 'look through'],
  create: ['set up', 'sign up', 'spin up', 'put in', 'put into', 'put on', 'add on', 'fill out', 'kick off', 'bring in'],
  update: ['turn on', 'turn off', 'switch on', 'switch off', 'fill in', 'swap out', 'put back', 'bring back', 'hand over', 'pass on', 'mark as'],
  delete: ['get rid of', 'take out', 'take off', 'take away', 'take down', 'throw away', 'throw out', 'wipe out', 'clear out', 'do away with', 'kick out', 'cross off'],
  cancel: ['call off', 'shut down', 'shut off', 'back out', 'pull out', 'wind down'],
};
/** Irregular past forms of the phrasal verbs' verbs. */
const irregularForms = new Map(
  Object.entries({ took: 'take', taken: 'take', got: 'get', gotten: 'get', did: 'do', done: 'do', threw: 'throw', thrown: 'throw', brought: 'bring', went: 'go', gone: 'go', dug: 'dig' }),
);
/** How many words may stand between a phrasal verb and its particle ("take [the garlic bread] out"). */
const particleGap = 3;

const phrasesByVerb = new Map<string, Array<{ rest: string[]; family: ActionFamily }>>();
for (const [family, list] of Object.entries(phrases) as Array<[ActionFamily, string[]]>) {
  for (const phrase of list) {
    const [verb, ...rest] = phrase.split(' ');
    phrasesByVerb.set(verb, [...(phrasesByVerb.get(verb) ?? []), { rest, family }]);
  }
}

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

/** An action a text names: its family and the positions of its words (two or more for a phrasal verb). */
export interface FoundAction {
  family: ActionFamily;
  positions: number[];
}

/**
 * The actions of lower-case words, in order: phrasal verbs first (`call off`, `get rid of`, with up to three words
 * before the particle), then single words as `actionFamily` reads them.
 */
export function findActions(words: readonly string[]): FoundAction[] {
  const found: FoundAction[] = [];
  const used = new Set<number>();
  words.forEach((word, index) => {
    if (used.has(index)) return;
    const phrase = findPhrase(words, index, phrasesByVerb.get(verbBase(word)) ?? []);
    if (phrase !== undefined) {
      for (const position of phrase.positions) used.add(position);
      found.push(phrase);
      return;
    }
    const family = actionFamily(word);
    if (family !== undefined) found.push({ family, positions: [index] });
  });
  return found;
}

function findPhrase(words: readonly string[], index: number, candidates: Array<{ rest: string[]; family: ActionFamily }>): FoundAction | undefined {
  for (const { rest, family } of candidates) {
    for (let start = index + 1; start <= index + 1 + particleGap && start + rest.length <= words.length; start++) {
      if (rest.every((part, offset) => words[start + offset] === part)) {
        return { family, positions: [index, ...rest.map((_, offset) => start + offset)] };
      }
    }
  }
  return undefined;
}

/** The base form of a phrasal verb's verb: `called` -> call, `taking` -> take, `set` -> set. */
function verbBase(word: string): string {
  if (phrasesByVerb.has(word)) return word;
  const irregular = irregularForms.get(word);
  if (irregular !== undefined) return irregular;
  for (const verb of phrasesByVerb.keys()) {
    if (word.startsWith(verb) && verbEnding.test(word.slice(verb.length))) return verb;
    if (verb.endsWith('e') && word.startsWith(verb.slice(0, -1)) && /^(ed|ing)$/.test(word.slice(verb.length - 1))) return verb;
  }
  return word;
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
