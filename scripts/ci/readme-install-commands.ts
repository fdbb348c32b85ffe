/** Finds a README's `npm i` lines and what its TypeScript blocks import, so the consumer test installs as a reader would. */
import { typeScriptBlocks } from './typescript-blocks';

/** One `npm i` line of a shell block: its packages, and whether it installs them as dev dependencies (`-D`). */
export interface InstallCommand {
  packages: string[];
  dev: boolean;
}

/** The `npm i` / `npm install` lines of the ```sh blocks of `markdown`, in order (`-g` lines left out). */
export function readmeInstallCommands(markdown: string): InstallCommand[] {
  const commands: InstallCommand[] = [];
  let inShell = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(`{3,}|~{3,})/.test(line)) {
      inShell = !inShell && /^\s*(`{3,}|~{3,})\s*(sh|bash|shell|console)\s*$/.test(line);
      continue;
    }
    const match = inShell ? /^\s*npm (?:i|install)\s+([^#&|;]+)/.exec(line) : null;
    if (!match) continue;
    const words = match[1].trim().split(/\s+/);
    if (words.includes('-g') || words.includes('--global')) continue;
    commands.push({ dev: words.includes('-D') || words.includes('--save-dev'), packages: words.filter((word) => !word.startsWith('-')) });
  }
  return commands;
}

/** The bare module specifiers (`@langchain/langgraph`, `langchain`, not `./x` or `node:fs`) the README's TypeScript blocks import. */
export function readmeImports(markdown: string): string[] {
  const specifiers = new Set<string>();
  for (const block of typeScriptBlocks(markdown)) {
    for (const match of block.code.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)) {
      if (!/^(\.|\/|node:)/.test(match[1])) specifiers.add(match[1]);
    }
  }
  return [...specifiers].sort();
}
