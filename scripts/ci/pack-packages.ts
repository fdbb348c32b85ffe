/** Packs the published packages (and the private fixtures) with `pnpm pack`, as npm would receive them. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand } from './run-command';

/** The four packages users install, by folder under packages/. */
export const publishedPackages = ['core', 'ai-sdk', 'langchain', 'cli'] as const;

/** A package's folder name (`core`, or `fixtures` for the test fixtures). */
export type PackedPackage = (typeof publishedPackages)[number] | 'fixtures';

/**
 * Runs `pnpm pack` for each package into `destination` (workspace:* versions become real ones, as on publish)
 * and returns each tarball's path by package. Build first: the tarballs take dist/ as it is.
 */
export function packPackages(options: { root: string; destination: string; packages: readonly PackedPackage[] }): Record<PackedPackage, string> {
  const tarballs = {} as Record<PackedPackage, string>;
  for (const name of options.packages) {
    const folder = name === 'fixtures' ? join(options.root, 'fixtures') : join(options.root, 'packages', name);
    const before = new Set(readdirSync(options.destination));
    runCommand({ command: 'pnpm', args: ['pack', '--pack-destination', options.destination], cwd: folder, output: 'capture' });
    const added = readdirSync(options.destination).filter((file) => file.endsWith('.tgz') && !before.has(file));
    if (added.length !== 1) throw new Error(`pnpm pack in ${folder} made ${added.length} tarballs`);
    tarballs[name] = join(options.destination, added[0]);
  }
  return tarballs;
}
