/** The embedding models the search scripts can measure, chosen by name with `SEARCH_EMBEDDINGS=<name>`. */
import type { ToolEmbeddings } from '@apiwire/core';
import { allMiniLmModel, loadAllMiniLm } from './all-minilm';
import { loadSentenceEncoder, sentenceEncoderModel } from './sentence-encoder';

/** A model the scripts can load: `model` names its vector file in `.cache/search-vectors/`. */
export interface SearchEmbeddingsChoice {
  name: string;
  model: string;
  load: () => Promise<ToolEmbeddings | { unavailable: string }>;
}

/**
 * The first is the default: all-MiniLM-L6-v2 measured clearly better than the Universal Sentence Encoder on the dev
 * halves (`TUNE_HYBRID=1 pnpm tune:search`, mean recall@5: vector alone 0.649 against 0.401, core's fusion 0.745
 * against 0.691, lexical alone 0.695).
 */
const choices: readonly SearchEmbeddingsChoice[] = [
  { name: 'all-minilm', model: allMiniLmModel, load: loadAllMiniLm },
  { name: 'sentence-encoder', model: sentenceEncoderModel, load: loadSentenceEncoder },
];

/** The model named (`all-minilm` when unset or empty); an unknown name throws, listing the known ones. */
export function searchEmbeddings(name: string | undefined): SearchEmbeddingsChoice {
  const wanted = name?.trim() || choices[0].name;
  const choice = choices.find((candidate) => candidate.name === wanted);
  if (choice === undefined) {
    throw new Error(`SEARCH_EMBEDDINGS=${wanted} is not a model the search scripts know: use ${choices.map((known) => known.name).join(' or ')}`);
  }
  return choice;
}
