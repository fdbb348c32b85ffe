/** Runs a command to completion for the CI scripts, failing loudly with its output when it exits non-zero. */
import { spawnSync } from 'node:child_process';

/** What to run, where, and whether to show its output as it runs (`inherit`) or return it (`capture`). */
export interface RunCommandOptions {
  command: string;
  args: string[];
  cwd: string;
  output?: 'inherit' | 'capture';
  env?: NodeJS.ProcessEnv;
}

/** Runs `command args` in `cwd`; returns its stdout (when captured), throws with stdout and stderr on failure. */
export function runCommand(options: RunCommandOptions): string {
  const capture = options.output === 'capture';
  const result = spawnSync(options.command, options.args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    encoding: 'utf8',
    stdio: capture ? 'pipe' : 'inherit',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    const output = capture ? `\n${result.stdout}\n${result.stderr}` : '';
    throw new Error(`${options.command} ${options.args.join(' ')} (in ${options.cwd}) exited with ${result.status}${output}`);
  }
  return capture ? result.stdout : '';
}
