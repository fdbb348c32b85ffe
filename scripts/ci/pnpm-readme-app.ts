/** Makes an app the way a pnpm user reading one README would: its `npm i` lines, run as `pnpm add`. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { PackedPackage } from './pack-packages';
import { readmeInstallCommands } from './readme-install-commands';
import { runCommand } from './run-command';

/** Where to make the app, the README's text, the packed tarballs, and the environment for pnpm. */
export interface PnpmReadmeAppOptions {
  directory: string;
  markdown: string;
  tarballs: Partial<Record<PackedPackage, string>>;
  env: NodeJS.ProcessEnv;
  /** Refuse dependencies whose engines the running Node does not satisfy (`engine-strict`). */
  engineStrict: boolean;
}

/**
 * Creates `directory` (outside any pnpm workspace, so the workspace does not take it over) and installs what the
 * README's install lines name with `pnpm add` (`-D` lines as dev dependencies, with typescript and @types/node to
 * type-check with); `@apiwire/*` come from the tarballs, also as overrides, so the adapters' dependency on
 * `@apiwire/core` is the tarball too.
 */
export function pnpmReadmeApp(options: PnpmReadmeAppOptions): void {
  const commands = readmeInstallCommands(options.markdown);
  if (commands.length === 0) throw new Error(`the README for ${options.directory} has no npm i line`);
  const tarballs = options.tarballs as Record<string, string | undefined>;
  const source = (name: string) => {
    if (!name.startsWith('@apiwire/')) return name;
    const tarball = tarballs[name.slice('@apiwire/'.length)];
    if (tarball === undefined) throw new Error(`no tarball for ${name}`);
    return tarball;
  };
  const overrides = Object.fromEntries(Object.entries(tarballs).map(([name, tarball]) => [`@apiwire/${name}`, `file:${tarball}`]));
  mkdirSync(options.directory);
  const manifest = { name: basename(options.directory), private: true, type: 'module', pnpm: { overrides } };
  writeFileSync(join(options.directory, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const flags = ['--reporter=append-only', `--config.engine-strict=${options.engineStrict}`];
  const named = (dev: boolean) => commands.filter((command) => command.dev === dev).flatMap((command) => command.packages);
  const add = (packages: string[], dev: boolean) => {
    const args = ['add', ...(dev ? ['-D'] : []), ...flags, ...packages.map(source)];
    runCommand({ env: options.env, command: 'pnpm', args, cwd: options.directory, output: 'capture' });
    console.log(`pnpm add ${dev ? '-D ' : ''}${packages.join(' ')}`);
  };
  if (named(false).length > 0) add(named(false), false);
  add([...named(true), 'typescript@5.9.3', '@types/node@^22'], true);
}
