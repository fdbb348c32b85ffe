/** The `embeddings` option of `toAISDKTools`: an AI SDK embedding model as the catalog's hybrid search sees it. */
import type { SearchWarning, ToolEmbeddings, VectorCache } from '@apiwire/core';
import { embed, embedMany, type EmbeddingModel } from 'ai';

/**
 * An AI SDK `EmbeddingModel` (`openai.embedding('text-embedding-3-small')`, a gateway id string), or one with a
 * cache where tool vectors persist between runs (a `Map` fits) and a listener for embedding failures.
 */
export type AISDKEmbeddingsOption =
  | EmbeddingModel
  | { model: EmbeddingModel; cache?: VectorCache; onWarning?: (warning: SearchWarning) => void };

const byModel = new WeakMap<object, Map<unknown, ToolEmbeddings>>();
const byModelId = new Map<string, Map<unknown, ToolEmbeddings>>();

/**
 * Tools are embedded with `embedMany` and queries with `embed`. The same model (and cache) always gives the same
 * object, so repeated `toAISDKTools` calls share one catalog and embed its tools once.
 */
export function aiSdkToolEmbeddings(option: AISDKEmbeddingsOption): ToolEmbeddings {
  const settings = isModel(option) ? { model: option } : option;
  const { model } = settings;
  let perModel = typeof model === 'string' ? byModelId.get(model) : byModel.get(model);
  if (perModel === undefined) {
    perModel = new Map();
    if (typeof model === 'string') byModelId.set(model, perModel);
    else byModel.set(model, perModel);
  }
  // a bare model is one entry; options objects are entries of their own (their cache and listener differ)
  const key = isModel(option) ? model : option;
  const found = perModel.get(key);
  if (found !== undefined) return found;
  const embeddings: ToolEmbeddings = {
    model: typeof model === 'string' ? model : `${model.provider}:${model.modelId}`,
    embedDocuments: async (texts) => (await embedMany({ model, values: texts })).embeddings,
    embedQuery: async (text) => (await embed({ model, value: text })).embedding,
    cache: isModel(option) ? undefined : option.cache,
    onWarning: isModel(option) ? undefined : option.onWarning,
  };
  perModel.set(key, embeddings);
  return embeddings;
}

function isModel(option: AISDKEmbeddingsOption): option is EmbeddingModel {
  return typeof option === 'string' || typeof (option as { doEmbed?: unknown }).doEmbed === 'function';
}
