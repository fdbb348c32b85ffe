/**
 * An embedding model for the search scripts whose vectors are kept on disk (`.cache/search-vectors/`), so a
 * rerun of `pnpm bench:search` or `pnpm tune:search` embeds only texts it has not seen: the model is loaded on
 * the first text missing from the file, never when every vector is there.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ToolEmbeddings } from '@apiwire/core';
import { repositoryRoot } from './shared-dir';

/** The model, plus `save()` to write the vectors embedded in this run to the file. */
export interface PersistedEmbeddings extends ToolEmbeddings {
  save(): Promise<void>;
}

const cacheDir = join(repositoryRoot, '.cache', 'search-vectors');

/**
 * `model` names the file (one per model); `load` gives the model itself, or the reason it can't be had, and is
 * called at most once. Resolves to the reason when the model is needed and unavailable.
 */
export async function persistedEmbeddings(options: {
  model: string;
  load: () => Promise<ToolEmbeddings | { unavailable: string }>;
}): Promise<PersistedEmbeddings> {
  const file = join(cacheDir, `${options.model.replace(/[^a-z0-9.-]+/gi, '_')}.json`);
  const vectors = new Map<string, number[]>(existsSync(file) ? (Object.entries(JSON.parse(await readFile(file, 'utf8'))) as Array<[string, number[]]>) : []);
  let loaded: Promise<ToolEmbeddings> | undefined;
  let added = 0;
  const model = () =>
    (loaded ??= options.load().then((result) => {
      if ('unavailable' in result) throw new Error(`embedding model unavailable: ${result.unavailable}`);
      return result;
    }));
  const embed = async (keys: string[], texts: string[], query: boolean) => {
    const missing = [...new Set(keys.filter((key) => !vectors.has(key)))];
    if (missing.length > 0) {
      const source = await model();
      const missingTexts = missing.map((key) => texts[keys.indexOf(key)]);
      const fresh = query ? await Promise.all(missingTexts.map((text) => source.embedQuery(text))) : await source.embedDocuments(missingTexts);
      fresh.forEach((vector, at) => vectors.set(missing[at], vector));
      added += missing.length;
    }
    return keys.map((key) => vectors.get(key) as number[]);
  };
  return {
    model: options.model,
    embedDocuments: (texts) => embed(texts.map((text) => `document:${text}`), texts, false),
    embedQuery: async (text) => (await embed([`query:${text}`], [text], true))[0],
    async save() {
      if (added === 0) return;
      await mkdir(cacheDir, { recursive: true });
      await writeFile(file, JSON.stringify(Object.fromEntries(vectors)));
      added = 0;
    },
  };
}
