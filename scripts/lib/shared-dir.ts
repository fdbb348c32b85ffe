/** Finds the team's shared data folder (`../shared` beside the checkout), when it is present. */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the folder above scripts/). */
export const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The absolute path of `../shared`, or undefined on a clone without it. */
export function sharedDir(): string | undefined {
  const candidate = resolve(repositoryRoot, '..', 'shared');
  return existsSync(candidate) ? candidate : undefined;
}
