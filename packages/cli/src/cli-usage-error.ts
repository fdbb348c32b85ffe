/** The error for a command line the CLI cannot run: unknown option, missing argument, bad JSON. Exit code 2. */
import { ApiwireError } from '@apiwire/core';

const name = 'ApiwireCliUsageError';
const marker = `apiwire.error.${name}`;
const symbol = Symbol.for(marker);

/** A usage mistake; `command` names the command whose `--help` to suggest. */
export class CliUsageError extends ApiwireError {
  private readonly [symbol] = true;
  readonly command: string | undefined;

  constructor(options: { message: string; command?: string }) {
    super({ name, message: options.message });
    this.command = options.command;
  }

  static isInstance(error: unknown): error is CliUsageError {
    return ApiwireError.hasMarker(error, marker);
  }
}
