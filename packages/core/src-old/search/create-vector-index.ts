/** The semantic half of hybrid search: tool vectors (embedded once, cached by content hash) ranked by cosine. */
import type { ToolDescriptor } from '../tool-descriptor';
import { contentHash } from './content-hash';
import { embeddingText } from './embedding-text';
import type { ToolEmbeddings } from './tool-embeddings';

/** Ranks tools by the cosine of their vector and the query's. Either call rejects when an embedding call fails. */
export interface VectorIndex {
  rank(options: { query: string; limit: number; among?: ReadonlySet<number> }): Promise<Array<{ index: number; similarity: number }>>;
}

/**
 * Nothing is embedded until the first `rank`. Then each tool's text is looked up in the cache by
 * SHA-256(model, text); only the missing ones go to `embedDocuments`, in one call, and into the cache. A failed
 * call is not remembered: the next search tries again.
 */
export function createVectorIndex(options: { tools: readonly ToolDescriptor[]; embeddings: ToolEmbeddings }): VectorIndex {
  const { tools, embeddings } = options;
  let vectors: Promise<Float32Array[]> | undefined;
  const load = () => {
    vectors ??= embedTools({ tools, embeddings }).catch((error: unknown) => {
      vectors = undefined;
      throw error;
    });
    return vectors;
  };
  return {
    async rank({ query, limit, among }) {
      const [toolVectors, queryVector] = await Promise.all([load(), embeddings.embedQuery(query).then(normalise)]);
      const hits: Array<{ index: number; similarity: number }> = [];
      toolVectors.forEach((vector, index) => {
        if (among !== undefined && !among.has(index)) return;
        let dot = 0;
        for (let at = 0; at < vector.length; at++) dot += vector[at] * (queryVector[at] ?? 0);
        hits.push({ index, similarity: dot });
      });
      hits.sort((left, right) => right.similarity - left.similarity || left.index - right.index);
      return hits.slice(0, Math.max(0, limit));
    },
  };
}

async function embedTools(options: { tools: readonly ToolDescriptor[]; embeddings: ToolEmbeddings }): Promise<Float32Array[]> {
  const { embeddings } = options;
  const texts = options.tools.map(embeddingText);
  const keys = await Promise.all(texts.map((text) => contentHash(`${embeddings.model}\n${text}`)));
  const found = await Promise.all(keys.map(async (key) => (await embeddings.cache?.get(key)) ?? undefined));
  const missing = found.flatMap((vector, index) => (vector === undefined ? [index] : []));
  if (missing.length > 0) {
    const embedded = await embeddings.embedDocuments(missing.map((index) => texts[index]));
    if (embedded.length !== missing.length) {
      throw new Error(`The embedding model returned ${embedded.length} vectors for ${missing.length} texts.`);
    }
    await Promise.all(
      missing.map(async (index, at) => {
        found[index] = embedded[at];
        await embeddings.cache?.set(keys[index], embedded[at]);
      }),
    );
  }
  return found.map((vector) => normalise(vector ?? []));
}

/** The vector scaled to length 1 (a zero vector stays zero). */
function normalise(vector: readonly number[]): Float32Array {
  let length = 0;
  for (const value of vector) length += value * value;
  const scale = length > 0 ? 1 / Math.sqrt(length) : 0;
  return Float32Array.from(vector, (value) => value * scale);
}
