/** The shape of one `apiwire` command and the input/output it runs with. */
import type { ParseArgsConfig } from 'node:util';

/** Where a command writes and what it may use; tests pass their own. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** fetch for spec downloads and API calls (default: global fetch). */
  fetch?: typeof fetch;
  /** Folder relative paths are resolved against (default: process.cwd()). */
  cwd?: string;
  /** Reads standard input to the end (for `--input -`). */
  readStdin?: () => Promise<string>;
}

/** Parsed options of a command, as node:util parseArgs gives them. */
export type CliValues = Record<string, string | boolean | string[] | boolean[] | undefined>;

/** One command: its help text, its options, and what it does. Returns the exit code. */
export interface CliCommand {
  name: string;
  /** One line for `apiwire --help`. */
  summary: string;
  /** The full `--help` text. */
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(options: { positionals: string[]; values: CliValues; io: CliIo }): Promise<number>;
}
