/**
 * `pnpm lint:packages`: publint (strict: warnings fail) and @arethetypeswrong/cli on the tarballs of the four
 * published packages, packed as on publish into a temp folder. Build first (`pnpm build`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packPackages, publishedPackages } from './pack-packages';
import { runCommand } from './run-command';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'apiwire-lint-packages-'));
try {
  const tarballs = packPackages({ root, destination: work, packages: publishedPackages });
  for (const name of publishedPackages) {
    console.log(`\n== @apiwire/${name}`);
    runCommand({ command: 'pnpm', args: ['exec', 'publint', 'run', tarballs[name], '--strict'], cwd: root });
    // Every resolver (node10, node16 from CJS and ESM, bundler) must find types that match the JavaScript it loads.
    runCommand({ command: 'pnpm', args: ['exec', 'attw', tarballs[name], '--format', 'table-flipped'], cwd: root });
  }
  console.log('\npublint and attw: no problems in any package');
} finally {
  rmSync(work, { recursive: true, force: true });
}
