/** Starts a worker thread on a TypeScript module (tsx's loader registered in the worker first). */
import { Worker } from 'node:worker_threads';

const tsxApi = import.meta.resolve('tsx/esm/api');

/** A worker running `moduleUrl` (a .ts file URL) with `workerData`. */
export function createTsWorker(options: { moduleUrl: URL; workerData: unknown; maxOldGenerationSizeMb?: number }): Worker {
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(options.moduleUrl.href)}); });`;
  return new Worker(bootstrap, {
    eval: true,
    workerData: options.workerData,
    resourceLimits: { maxOldGenerationSizeMb: options.maxOldGenerationSizeMb ?? 2_048 },
  });
}
