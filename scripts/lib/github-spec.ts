/** The current GitHub REST description, fetched on demand from the npm package @octokit/openapi into `.cache/`. */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repositoryRoot } from './shared-dir';

const run = promisify(execFile);
const cacheDir = join(repositoryRoot, '.cache', 'octokit-openapi');
const specPath = join(cacheDir, 'package', 'generated', 'api.github.com.json');

/**
 * The path of api.github.com.json from the newest @octokit/openapi: `npm pack` into the git-ignored `.cache/`
 * folder at the repository root, then `tar` out that one file. Later calls reuse the cached file. Never a
 * workspace dependency: the package is 28 MB.
 */
export async function githubSpecPath(): Promise<string> {
  if (existsSync(specPath)) return specPath;
  await mkdir(cacheDir, { recursive: true });
  await run('npm', ['pack', '@octokit/openapi', '--silent', '--pack-destination', cacheDir], { cwd: cacheDir, maxBuffer: 1 << 24 });
  const tarball = (await readdir(cacheDir)).filter((name) => /^octokit-openapi-.*\.tgz$/.test(name)).sort().pop();
  if (!tarball) throw new Error(`npm pack @octokit/openapi left no tarball in ${cacheDir}`);
  await run('tar', ['-xzf', join(cacheDir, tarball), '-C', cacheDir, 'package/generated/api.github.com.json', 'package/package.json']);
  return specPath;
}

/** The text of the current GitHub spec and the @octokit/openapi version it came from. */
export async function githubSpecText(): Promise<{ text: string; version: string }> {
  const path = await githubSpecPath();
  const manifest = JSON.parse(await readFile(join(cacheDir, 'package', 'package.json'), 'utf8')) as { version: string };
  return { text: await readFile(path, 'utf8'), version: manifest.version };
}
