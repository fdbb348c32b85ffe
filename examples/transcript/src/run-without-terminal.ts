/** Runs a demo as `pnpm demo | cat` does: a child process whose stdin and stdout are pipes, not a terminal. */
import { spawnSync } from 'node:child_process';

/** The demo's folder, its arguments and extra environment (API keys and the approval variable are removed first). */
export interface RunWithoutTerminalOptions {
  directory: string;
  args?: string[];
  env?: Record<string, string>;
}

/** The demo's stdout; throws with its output when it exits non-zero or writes to stderr. */
export function runWithoutTerminal(options: RunWithoutTerminalOptions): string {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  for (const name of ['OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'APIWIRE_DEMO_APPROVAL', 'FORCE_COLOR']) delete env[name];
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts', ...(options.args ?? [])], {
    cwd: options.directory,
    env: { ...env, ...options.env },
    input: '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (run.error) throw run.error;
  if (run.status !== 0 || run.stderr !== '') {
    throw new Error(`src/main.ts in ${options.directory} exited with ${run.status}:\n${run.stdout}\n${run.stderr}`);
  }
  return run.stdout;
}
