/**
 * `pnpm lint`: checks the rules of STYLE.md that a machine can check, on the given source folders: every module
 * opens with a doc comment, no `export *`, no default exports, no `utils.ts` grab bag, files under 400 lines.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

const maxLines = 400;

/** The problems of one source file, as messages. */
export function styleProblems(options: { path: string; text: string }): string[] {
  const { path, text } = options;
  const problems: string[] = [];
  const isTest = /\.test(-d)?\.ts$/.test(path);
  if (!isTest && !/^(#![^\n]*\n)?\s*\/\*\*/.test(text)) problems.push('does not open with a /** doc comment */');
  if (/^\s*export\s+\*\s+from/m.test(text)) problems.push('uses `export *` (export names explicitly)');
  if (/^\s*export\s+default\b/m.test(text) && !/\.config\.ts$/.test(path)) problems.push('has a default export');
  if (/^utils?\.ts$/.test(basename(path))) problems.push('is a utils grab bag (name the file after its one export)');
  const lines = text.split('\n').length;
  if (!isTest && lines > maxLines) problems.push(`has ${lines} lines (keep modules under ${maxLines})`);
  return problems;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

const folders = process.argv.slice(2);
if (folders.length === 0) {
  console.error('usage: lint-style <folder>…');
  process.exit(2);
}
let count = 0;
for (const file of folders.flatMap(sourceFiles)) {
  for (const problem of styleProblems({ path: file, text: readFileSync(file, 'utf8') })) {
    console.error(`${relative(process.cwd(), file)}: ${problem}`);
    count += 1;
  }
}
if (count > 0) {
  console.error(`${count} style problem${count === 1 ? '' : 's'}`);
  process.exitCode = 1;
}
