/** The `embeddings` option of `toLangChainTools` and `createApiwireMiddleware`: a LangChain `Embeddings` for hybrid search. */
import type { SearchWarning, ToolEmbeddings, VectorCache } from '@apiwire/core';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';

/**
 * Any LangChain `Embeddings` (`new OpenAIEmbeddings()`, …), or one with a cache where tool vectors persist
 * between runs (a `Map` fits) and a listener for embedding failures.
 */
export type LangChainEmbeddingsOption =
  | EmbeddingsInterface
  | { model: EmbeddingsInterface; cache?: VectorCache; onWarning?: (warning: SearchWarning) => void };

const memo = new WeakMap<object, ToolEmbeddings>();

/**
 * Tools are embedded with `embedDocuments` and queries with `embedQuery`. The same option object always gives the
 * same result, so repeated calls share one catalog and embed its tools once.
 */
export function langChainToolEmbeddings(option: LangChainEmbeddingsOption): ToolEmbeddings {
  const found = memo.get(option);
  if (found !== undefined) return found;
  const settings = 'embedQuery' in option ? { model: option } : option;
  const { model } = settings;
  const named = model as { model?: unknown; modelName?: unknown };
  const embeddings: ToolEmbeddings = {
    model: `${model.constructor?.name ?? 'Embeddings'}:${String(named.model ?? named.modelName ?? '')}`,
    embedDocuments: (texts) => model.embedDocuments(texts),
    embedQuery: (text) => model.embedQuery(text),
    cache: 'cache' in settings ? settings.cache : undefined,
    onWarning: 'onWarning' in settings ? settings.onWarning : undefined,
  };
  memo.set(option, embeddings);
  return embeddings;
}
