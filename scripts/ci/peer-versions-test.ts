/**
 * `pnpm test:peers`: the adapters' tests (packages/ai-sdk, packages/langchain and the shared behaviour suite in
 * packages/adapter-tests) against the oldest versions our peer ranges accept and against the latest ones. Each
 * set is npm-installed into a temp app with the packed @apiwire/core, adapters and fixtures; the test files run
 * there on vitest, importing the installed peers. `--set floor` or `--set latest` runs one set. Build first.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { packPackages } from './pack-packages';
import { runCommand } from './run-command';

/** The peer versions of each set: `floor` must equal the lower bounds in the packages' peerDependencies. */
const versionSets: Record<string, Record<string, string>> = {
  floor: { ai: '7.0.127', zod: '4.2.0', '@langchain/core': '1.1.48', langchain: '1.2.20', '@langchain/langgraph': '1.2.5' },
  latest: { ai: 'latest', zod: 'latest', '@langchain/core': 'latest', langchain: 'latest', '@langchain/langgraph': 'latest' },
};
const testFolders = { 'ai-sdk': 'packages/ai-sdk/src', langchain: 'packages/langchain/src', 'adapter-tests': 'packages/adapter-tests/src' };

const root = fileURLToPath(new URL('../..', import.meta.url));
const { values } = parseArgs({ options: { set: { type: 'string', multiple: true } } });
const sets = values.set ?? Object.keys(versionSets);
const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** An adapter's devDependencies, as [name, range] pairs. */
const devDependenciesOf = (adapter: string) =>
  Object.entries<string>(JSON.parse(readFileSync(join(root, 'packages', adapter, 'package.json'), 'utf8')).devDependencies);
/**
 * Packages only the tests import, at the ranges the adapters' devDependencies give: the AI SDK's provider packages
 * (provider-profile tests), LangChain's Postgres checkpointer with PGlite and pg (the restart test), js-tiktoken (the
 * shared suite checks result budgets by the exact o200k count).
 */
const testOnlyPackages = [
  ...devDependenciesOf('ai-sdk').filter(([name]) => name.startsWith('@ai-sdk/')),
  ...devDependenciesOf('langchain').filter(([name]) => name.startsWith('@electric-sql/') || name === 'pg' || name === '@langchain/langgraph-checkpoint-postgres'),
  ...devDependenciesOf('adapter-tests').filter(([name]) => name === 'js-tiktoken'),
].map(([name, range]) => `${name}@${range}`);
const work = mkdtempSync(join(tmpdir(), 'apiwire-peers-'));

/** Fails when a floor and the lower bound of the matching peer range disagree, so the two cannot drift apart. */
function checkFloorsMatchRanges(): void {
  for (const name of ['core', 'ai-sdk', 'langchain']) {
    const manifest = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8'));
    for (const [peer, range] of Object.entries<string>(manifest.peerDependencies ?? {})) {
      const floor = versionSets.floor[peer];
      if (floor !== undefined && range !== `^${floor}`) throw new Error(`@apiwire/${name} accepts ${peer} ${range}, the floor set tests ${floor}`);
    }
  }
}

try {
  checkFloorsMatchRanges();
  mkdirSync(join(work, 'tarballs'));
  const tarballs = packPackages({ root, destination: join(work, 'tarballs'), packages: ['core', 'ai-sdk', 'langchain', 'fixtures'] });
  for (const set of sets) {
    const versions = versionSets[set];
    if (versions === undefined) throw new Error(`unknown set ${set} (floor, latest)`);
    console.log(`\n== ${set}: ${Object.entries(versions).map(([name, version]) => `${name}@${version}`).join(' ')}`);
    const app = join(work, set);
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: `peers-${set}`, private: true, type: 'module' }));
    const peers = Object.entries(versions).map(([name, version]) => `${name}@${version}`);
    runCommand({ command: 'npm', args: ['install', '--no-audit', '--no-fund', '--loglevel=error', ...Object.values(tarballs), ...peers, ...testOnlyPackages, `vitest@${rootManifest.devDependencies.vitest}`], cwd: app });
    const installed = Object.keys(versions).map((name) => `${name}@${JSON.parse(readFileSync(join(app, 'node_modules', name, 'package.json'), 'utf8')).version}`);
    console.log(`installed: ${installed.join(' ')}`);
    for (const [folder, source] of Object.entries(testFolders)) cpSync(join(root, source), join(app, folder, 'src'), { recursive: true });
    writeFileSync(
      join(app, 'vitest.config.mjs'),
      `export default { test: { include: ${JSON.stringify(Object.keys(testFolders).map((folder) => `${folder}/src/**/*.test.ts`))}, testTimeout: 30000 } };\n`,
    );
    runCommand({ command: 'npx', args: ['vitest', 'run'], cwd: app });
  }
} finally {
  if (process.env.KEEP_PEERS_APP === '1') console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
