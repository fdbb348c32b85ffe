/** Test helper: runs the built `apiwire` bin (dist/bin.js) as a child process, rebuilding it when stale. */
import { execFile, execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Absolute path of the built bin. */
export const binPath = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const sourceDir = fileURLToPath(new URL('../src', import.meta.url));

/** Builds dist/ with tsup when it is missing or older than a source file (a clean CI run builds first). */
export function ensureBuiltBin(): void {
  const built = statSync(binPath, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const newest = Math.max(
    ...readdirSync(sourceDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .map((file) => statSync(`${sourceDir}/${file}`).mtimeMs),
  );
  if (built < newest) execFileSync('npx', ['tsup'], { cwd: packageDir, stdio: 'ignore' });
}

/** The exit code and output of `apiwire ...args`. */
export function runBin(
  args: string[],
  options: { cwd?: string; stdin?: string } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [binPath, ...args], { cwd: options.cwd ?? packageDir, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
    child.stdin?.end(options.stdin ?? '');
  });
}
