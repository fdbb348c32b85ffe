/** The error thrown for a `results` option apiwire cannot use (a budget that is not a positive integer). */
import { ApiwireError } from '../apiwire-error';

const name = 'ApiwireResultsOptionError';
const marker = `apiwire.error.${name}`;
const symbol = Symbol.for(marker);

/** A malformed `results` option of `loadApiServer`, an adapter or the CLI. */
export class ResultsOptionError extends ApiwireError {
  private readonly [symbol] = true;
  /** Where the bad value is: `results.maxTokens`, `results.overrides[1].maxTokens`, … */
  readonly option: string;

  constructor(options: { message: string; option: string }) {
    super({ name, message: options.message });
    this.option = options.option;
  }

  static isInstance(error: unknown): error is ResultsOptionError {
    return ApiwireError.hasMarker(error, marker);
  }
}
