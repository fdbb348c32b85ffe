import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { brokenMarkdownLinks, headingSlugs } from './markdown-links';

describe('markdown links', () => {
  it('every relative link and anchor in the repository resolves', () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    expect(brokenMarkdownLinks({ root })).toEqual([]);
  });

  it('finds a missing file, a missing heading and a link to STYLE.md that is not in the folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'apiwire-links-'));
    try {
      mkdirSync(join(root, 'docs'));
      writeFileSync(join(root, 'docs', 'guide.md'), '# Guide\n\n## Where the open targets stand\n');
      writeFileSync(
        join(root, 'README.md'),
        [
          'See [the guide](docs/guide.md), [targets](docs/guide.md#where-the-open-targets-stand) and [npm](https://npmjs.com).',
          'Read [STYLE.md](STYLE.md) and [nothing](docs/guide.md#nowhere).',
          '`[in code](missing.md)` is not a link.',
          '```',
          '[in a block](missing.md)',
          '```',
        ].join('\n'),
      );
      expect(brokenMarkdownLinks({ root })).toEqual([
        { file: 'README.md', line: 2, target: 'STYLE.md', problem: 'no such file' },
        { file: 'README.md', line: 2, target: 'docs/guide.md#nowhere', problem: 'no heading #nowhere' },
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('slugs headings as GitHub does', () => {
    expect([...headingSlugs('# `pnpm bench`: results\n## Using it\n## Using it\n### ESM + CommonJS (dual)')]).toEqual([
      'pnpm-bench-results',
      'using-it',
      'using-it-1',
      'esm--commonjs-dual',
    ]);
  });
});
