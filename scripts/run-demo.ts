/**
 * `pnpm demo`, `pnpm demo:langchain`, `pnpm demo:web`: builds the packages quietly (turbo's output only when the
 * build fails), then starts the example with the remaining arguments (`pnpm demo --approve`), so the terminal
 * shows the demo's own transcript and nothing wider than it.
 */
import { spawnSync } from 'node:child_process';

const examples: Record<string, string> = {
  demo: '@apiwire/example-demo',
  langchain: '@apiwire/example-langchain-agent',
  web: '@apiwire/example-web-chat',
};
const [which = '', ...args] = process.argv.slice(2);
const example = examples[which];
if (!example) {
  console.error(`usage: run-demo <${Object.keys(examples).join('|')}> [arguments for the example]`);
  process.exit(2);
}
const build = spawnSync('turbo', ['run', 'build', '--output-logs=errors-only'], { encoding: 'utf8', shell: process.platform === 'win32' });
if (build.status !== 0) {
  process.stdout.write(build.stdout ?? '');
  process.stderr.write(build.stderr ?? String(build.error ?? ''));
  console.error('The build failed (above); the demo did not start.');
  process.exit(build.status ?? 1);
}
const run = spawnSync('pnpm', ['--silent', '--filter', example, 'start', ...args], { stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(run.status ?? 1);
