/** Lets a benchmark module run on its own (`tsx bench-x.ts`) as well as from `pnpm bench`, which imports it. */
import { pathToFileURL } from 'node:url';

/** When `moduleUrl` is the script node was started with, runs `run` and prints its markdown section. */
export function runSectionIfMain(moduleUrl: string, run: () => Promise<string>): void {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  run().then(
    (section) => process.stdout.write(`${section}\n`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
