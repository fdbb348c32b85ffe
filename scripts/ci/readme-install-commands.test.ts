import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readmeImports, readmeInstallCommands } from './readme-install-commands';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fence = '```';

describe('readmeInstallCommands', () => {
  it('reads npm i lines of shell blocks, dev flags and comments, and skips global installs and other blocks', () => {
    const markdown = [
      `${fence}sh`,
      'npm i -g pnpm@10 && pnpm install',
      'npm i @apiwire/core @apiwire/ai-sdk ai zod      # Vercel AI SDK',
      'npm install -D @apiwire/cli',
      fence,
      `${fence}ts`,
      "// npm i not-a-command",
      fence,
    ].join('\n');
    expect(readmeInstallCommands(markdown)).toEqual([
      { dev: false, packages: ['@apiwire/core', '@apiwire/ai-sdk', 'ai', 'zod'] },
      { dev: true, packages: ['@apiwire/cli'] },
    ]);
  });

  it('finds what the TypeScript blocks import', () => {
    const markdown = `${fence}ts\nimport { Command } from '@langchain/langgraph';\nimport './setup';\nconst core = await import('@apiwire/core');\nimport type { X } from "langchain";\nimport { readFileSync } from 'node:fs';\n${fence}\n`;
    expect(readmeImports(markdown)).toEqual(['@apiwire/core', '@langchain/langgraph', 'langchain']);
  });

  it.each(['README.md', 'packages/core/README.md', 'packages/ai-sdk/README.md', 'packages/langchain/README.md'])(
    '%s installs every package its examples import',
    (readme) => {
      const markdown = readFileSync(`${root}${readme}`, 'utf8');
      const installed = new Set(readmeInstallCommands(markdown).flatMap((command) => command.packages));
      const packageName = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
      expect(readmeImports(markdown).map(packageName).filter((name) => !installed.has(name))).toEqual([]);
    },
  );

  it('the LangChain README names @langchain/langgraph, which pnpm does not hoist from langchain', () => {
    const markdown = readFileSync(`${root}packages/langchain/README.md`, 'utf8');
    expect(readmeInstallCommands(markdown).flatMap((command) => command.packages)).toContain('@langchain/langgraph');
  });
});
