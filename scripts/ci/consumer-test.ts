/**
 * `pnpm test:consumer`: the packages as a user gets them. Packs the four packages (each tarball must hold LICENSE,
 * README.md and CHANGELOG.md), installs the tarballs with npm into a new app under the system's temp folder
 * (outside the workspace), then: imports them from ESM, runs both agents' main path (`generateText` with
 * `MockLanguageModelV4`, `createAgent` with `fakeModel` and the middleware, each calling a local API), requires
 * them from CommonJS (each loads, loads a spec, invokes a tool against a local server, builds both adapters'
 * tools), type-checks every TypeScript block of the READMEs under strict `bundler` and `nodenext` settings (and
 * the CommonJS and `node10` typings), runs the CLI. Then the same with pnpm, which hoists nothing: one app per
 * README, holding only what its `npm i` lines name (run as `pnpm add`); every module its examples import must load
 * at run time and its blocks type-check; the root README's app runs the ESM, agent, CommonJS and CLI checks too.
 * Last, it measures what `npm i @apiwire/ai-sdk ai zod` installs (one YAML parser, no tokenizer). Build first
 * (`pnpm build`). Set KEEP_CONSUMER_APP=1 to keep the temp folder.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { directorySize } from './directory-size';
import { packPackages, publishedPackages } from './pack-packages';
import { pnpmReadmeApp } from './pnpm-readme-app';
import { readmeImports } from './readme-install-commands';
import { runCommand } from './run-command';
import { typeScriptBlocks } from './typescript-blocks';

const root = fileURLToPath(new URL('../..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'apiwire-consumer-'));
const nodeMajor = Number(process.versions.node.split('.')[0]);
// With Node 22 or newer, refuse any dependency whose engines our own `>=22` does not cover.
const npmInstall = ['install', '--no-audit', '--no-fund', '--loglevel=error', ...(nodeMajor >= 22 ? ['--engine-strict'] : [])];
const peers = ['ai@^7', 'zod@^4', '@langchain/core@^1', 'langchain@^1', '@langchain/langgraph@^1'];
const readmes = ['README.md', ...publishedPackages.map((name) => `packages/${name}/README.md`)];
// npm, started from `pnpm run`, warns about settings only pnpm knows (passed as npm_config_*): leave those out.
const npmEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^npm_config_(verify_deps_before_run|npm_globalconfig|_jsr_registry)$/i.test(key)),
);
const sizeTargetBytes = (49 * 1024 * 1024) / 2; // half of what @apiwire/core alone installed before (49 MB)

const started = Date.now();
function step(title: string): void {
  console.log(`\n== ${title} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

function createApp(name: string): string {
  const app = join(work, name);
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), `${JSON.stringify({ name, private: true, type: 'module' }, null, 2)}\n`);
  return app;
}

function writeTsconfig(options: { app: string; name: string; compilerOptions: Record<string, unknown>; include: string[] }): void {
  const compilerOptions = { strict: true, noEmit: true, skipLibCheck: true, target: 'es2022', lib: ['es2023', 'dom'], types: ['node'], ...options.compilerOptions };
  writeFileSync(join(options.app, options.name), JSON.stringify({ compilerOptions, include: options.include }, null, 2));
}

/**
 * Type-checks the TypeScript blocks of `files` in `app` (strict, bundler and nodenext); with `moduleTypings` (the
 * app holds all four packages) also each package's CommonJS (`require` in a .cts) and node10 typings.
 */
function typeCheckReadmes(options: { app: string; files: readonly string[]; moduleTypings: boolean }): number {
  const { app, files, moduleTypings } = options;
  mkdirSync(join(app, 'snippets'));
  let count = 0;
  for (const readme of files) {
    for (const block of typeScriptBlocks(readFileSync(join(root, readme), 'utf8'))) {
      const file = `${readme.replace(/[/.]/g, '_')}_line_${block.line}.ts`;
      writeFileSync(join(app, 'snippets', file), `// ${readme}:${block.line}\n${block.code}\nexport {};\n`);
      count += 1;
    }
  }
  const configs = ['tsconfig.bundler.json', 'tsconfig.nodenext.json', ...(moduleTypings ? ['tsconfig.node10.json'] : [])];
  writeTsconfig({ app, name: 'tsconfig.bundler.json', compilerOptions: { module: 'preserve', moduleResolution: 'bundler' }, include: ['snippets'] });
  const nodenext = ['snippets', ...(moduleTypings ? ['require-check.cts'] : [])];
  writeTsconfig({ app, name: 'tsconfig.nodenext.json', compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext' }, include: nodenext });
  writeTsconfig({ app, name: 'tsconfig.node10.json', compilerOptions: { module: 'commonjs', moduleResolution: 'node10' }, include: ['node10-check.ts'] });
  writeFileSync(join(app, 'require-check.cts'), "import core = require('@apiwire/core');\nimport aiSdk = require('@apiwire/ai-sdk');\nimport langchain = require('@apiwire/langchain');\nimport cli = require('@apiwire/cli');\nconst server: Promise<core.ApiServer> = core.loadApiServer({ name: 'x', spec: {} });\nexport const loaded = [server, aiSdk.toAISDKTools, langchain.toLangChainTools, cli.runCli];\n");
  writeFileSync(join(app, 'node10-check.ts'), "import { loadApiServer, type ApiServer } from '@apiwire/core';\nimport { toAISDKTools } from '@apiwire/ai-sdk';\nimport { toLangChainTools } from '@apiwire/langchain';\nimport { runCli } from '@apiwire/cli';\nexport const server: Promise<ApiServer> = loadApiServer({ name: 'x', spec: {} });\nexport const loaded = [toAISDKTools, toLangChainTools, runCli];\n");
  for (const config of configs) {
    runCommand({ env: npmEnv, command: join(app, 'node_modules', '.bin', 'tsc'), args: ['-p', config], cwd: app });
    console.log(`${config}: no errors`);
  }
  return count;
}

/** In an app holding all four packages: ESM import, both agents' main path, CommonJS require, the CLI's help and its default tool prefix. */
function runModuleChecks(options: { app: string; installer: 'npm' | 'pnpm' }): void {
  const { app, installer } = options;
  for (const file of ['esm-check.mjs', 'cjs-check.cjs', 'agent-check.mjs', 'consumer-spec.mjs']) copyFileSync(join(here, 'consumer', file), join(app, file));
  step(`ESM: import (${installer})`);
  runCommand({ command: process.execPath, args: ['esm-check.mjs'], cwd: app });
  step(`agents: generateText and createAgent (${installer})`);
  runCommand({ command: process.execPath, args: ['agent-check.mjs'], cwd: app });
  step(`CommonJS: require (${installer})`);
  runCommand({ command: process.execPath, args: ['cjs-check.cjs'], cwd: app });

  step(`CLI (${installer})`);
  const help = runCommand({ command: join(app, 'node_modules', '.bin', 'apiwire'), args: ['--help'], cwd: app, output: 'capture' });
  if (!/Usage: apiwire/.test(help)) throw new Error(`apiwire --help printed no usage:\n${help}`);
  console.log(help.split('\n')[0]);
  runCommand({ command: process.execPath, args: ['-e', "import('./consumer-spec.mjs').then(({ consumerSpec }) => require('node:fs').writeFileSync('spec3.json', JSON.stringify(consumerSpec)))"], cwd: app });
  const inspect = JSON.parse(runCommand({ command: join(app, 'node_modules', '.bin', 'apiwire'), args: ['inspect', 'spec3.json', '--json'], cwd: app, output: 'capture' }));
  if (inspect.tools?.[0]?.name !== 'shop_get_order') throw new Error(`apiwire inspect spec3.json (info.title Shop) named the tool ${inspect.tools?.[0]?.name}`);
  console.log(`apiwire inspect spec3.json (info.title Shop): ${inspect.tools[0].name}, ${inspect.tools[0].tokens} tokens (exact o200k)`);
}

/** One README as a pnpm user follows it: its install lines, then its examples' imports at run time and its blocks type-checked. */
function checkReadmeWithPnpm(options: { readme: string; tarballs: Record<string, string> }): void {
  const { readme } = options;
  const markdown = readFileSync(join(root, readme), 'utf8');
  const app = join(work, `pnpm-${readme.replace(/[/.]/g, '_')}`);
  console.log(`\n${readme}:`);
  pnpmReadmeApp({ directory: app, markdown, tarballs: options.tarballs, env: npmEnv, engineStrict: nodeMajor >= 22 });
  const specifiers = readmeImports(markdown);
  writeFileSync(join(app, 'readme-imports.mjs'), specifiers.map((specifier) => `await import(${JSON.stringify(specifier)});\n`).join(''));
  runCommand({ command: process.execPath, args: ['readme-imports.mjs'], cwd: app });
  console.log(`imports at run time: ${specifiers.join(', ') || '(none)'}`);
  if (typeScriptBlocks(markdown).length > 0) {
    const blocks = typeCheckReadmes({ app, files: [readme], moduleTypings: readme === 'README.md' });
    console.log(`${blocks} blocks type-check`);
  }
  if (readme === 'README.md') runModuleChecks({ app, installer: 'pnpm' });
  else if (readme === 'packages/cli/README.md') runCommand({ command: join(app, 'node_modules', '.bin', 'apiwire'), args: ['--help'], cwd: app, output: 'capture' });
}

function measureInstall(tarballs: Record<string, string>): void {
  const withApiwire = createApp('size-apiwire');
  runCommand({ env: npmEnv, command: 'npm', args: [...npmInstall, tarballs.core, tarballs['ai-sdk'], 'ai@^7', 'zod@^4'], cwd: withApiwire });
  const baseline = createApp('size-baseline');
  runCommand({ env: npmEnv, command: 'npm', args: [...npmInstall, 'ai@^7', 'zod@^4'], cwd: baseline });
  const total = directorySize(join(withApiwire, 'node_modules'));
  const base = directorySize(join(baseline, 'node_modules'));
  const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const packages = (app: string) =>
    runCommand({ env: npmEnv, command: 'npm', args: ['ls', '--all', '--parseable'], cwd: app, output: 'capture' }).trim().split('\n').length - 1;
  console.log(`npm i @apiwire/ai-sdk ai zod: ${megabytes(total)} on disk, ${packages(withApiwire)} packages`);
  console.log(`npm i ai zod alone:          ${megabytes(base)}, ${packages(baseline)} packages`);
  console.log(`apiwire's share:             ${megabytes(total - base)} (target: at most ${megabytes(sizeTargetBytes)}, half of the 49 MB @apiwire/core alone installed before)`);
  if (total - base > sizeTargetBytes) throw new Error('apiwire installs more than the target');
  const installed = runCommand({ env: npmEnv, command: 'npm', args: ['ls', '--all', '--parseable'], cwd: withApiwire, output: 'capture' });
  const names = new Set(installed.trim().split('\n').map((path) => relative(join(withApiwire, 'node_modules'), path).split('node_modules/').at(-1)));
  const yamlParsers = ['yaml', 'js-yaml'].filter((name) => names.has(name));
  console.log(`YAML parsers: ${yamlParsers.join(', ')}; tokenizer: ${names.has('js-tiktoken') ? 'js-tiktoken' : 'none'}`);
  if (yamlParsers.length > 1 || names.has('js-tiktoken')) throw new Error('npm i @apiwire/ai-sdk ai zod installs two YAML parsers or a tokenizer');
}

try {
  step(`pack (Node ${process.versions.node}, temp folder ${work})`);
  mkdirSync(join(work, 'tarballs'));
  const tarballs = packPackages({ root, destination: join(work, 'tarballs'), packages: publishedPackages });
  for (const tarball of Object.values(tarballs)) console.log(relative(work, tarball));
  for (const name of publishedPackages) {
    const files = runCommand({ command: 'tar', args: ['-tzf', tarballs[name]], cwd: work, output: 'capture' }).split('\n');
    const missing = ['LICENSE', 'README.md', 'CHANGELOG.md', 'package.json'].filter((file) => !files.includes(`package/${file}`));
    if (missing.length > 0) throw new Error(`@apiwire/${name}'s tarball lacks ${missing.join(', ')}`);
  }
  console.log('each tarball holds LICENSE, README.md, CHANGELOG.md');

  step('install the tarballs with npm into a new app');
  const app = createApp('app');
  runCommand({ env: npmEnv, command: 'npm', args: [...npmInstall, ...Object.values(tarballs), ...peers, '@langchain/openai@^1', 'typescript@5.9.3', '@types/node@^22'], cwd: app });

  runModuleChecks({ app, installer: 'npm' });
  step('README TypeScript blocks, strict, bundler and nodenext; CommonJS and node10 typings');
  const blocks = typeCheckReadmes({ app, files: readmes, moduleTypings: true });
  console.log(`${blocks} blocks from ${readmes.join(', ')}`);

  step('pnpm: an app per README with only what its npm i lines name (pnpm hoists nothing)');
  for (const readme of readmes) checkReadmeWithPnpm({ readme, tarballs });

  step('install size');
  measureInstall(tarballs);
  console.log('\nconsumer test: passed');
} finally {
  if (process.env.KEEP_CONSUMER_APP === '1') console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
