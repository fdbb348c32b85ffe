import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { publishedPackages } from './pack-packages';

// What issue 15 asked of every published package's manifest; the consumer test checks the packed result in use.
const root = fileURLToPath(new URL('../..', import.meta.url));
const manifest = (name: string) => JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8'));

describe.each(publishedPackages)('@apiwire/%s package.json', (name) => {
  const pkg = manifest(name);

  it('declares Node 22 or newer, MIT, and where the project lives', () => {
    expect(pkg.engines).toEqual({ node: '>=22' });
    expect(pkg.license).toBe('MIT');
    expect(pkg.repository).toMatchObject({ type: 'git', url: expect.stringMatching(/^git\+https:\/\//), directory: `packages/${name}` });
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.bugs?.url).toMatch(/^https:\/\//);
    expect(pkg.keywords.length).toBeGreaterThan(2);
  });

  it('publishes its README, LICENSE (MIT) and CHANGELOG beside dist', () => {
    expect(pkg.files).toEqual(expect.arrayContaining(['dist', 'README.md', 'LICENSE', 'CHANGELOG.md']));
    for (const file of ['README.md', 'LICENSE', 'CHANGELOG.md']) expect(existsSync(join(root, 'packages', name, file)), file).toBe(true);
    expect(readFileSync(join(root, 'packages', name, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
  });

  it('exports ESM and CommonJS, each with its own types, ./package.json, and main/types for old resolvers', () => {
    expect(pkg.exports['.']).toEqual({
      import: { types: './dist/index.d.ts', default: './dist/index.js' },
      require: { types: './dist/index.d.cts', default: './dist/index.cjs' },
      default: './dist/index.js',
    });
    expect(pkg.exports['./package.json']).toBe('./package.json');
    expect(pkg.main).toBe('./dist/index.cjs');
    expect(pkg.types).toBe('./dist/index.d.cts');
  });
});

describe('dependencies', () => {
  it('core takes zod as a peer (as ai does), the same floor as the adapters, and has no tokenizer', () => {
    const core = manifest('core');
    expect(core.dependencies.zod).toBeUndefined();
    expect(core.peerDependencies.zod).toBe(manifest('ai-sdk').peerDependencies.zod);
    expect(core.peerDependencies.zod).toBe(manifest('langchain').peerDependencies.zod);
    expect(Object.keys(core.dependencies)).not.toContain('js-tiktoken');
  });

  it('the published packages depend on one YAML parser between them', () => {
    const parsers = new Set(publishedPackages.flatMap((name) => Object.keys(manifest(name).dependencies ?? {})).filter((dependency) => /^(js-)?yaml$/.test(dependency)));
    expect([...parsers]).toEqual(['js-yaml']);
  });

  it('the root has the MIT LICENSE too', () => {
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
  });
});
