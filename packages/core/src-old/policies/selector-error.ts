/** The error thrown for a selector apiwire cannot read (an empty string, a number, a bad `METHOD /path`). */
import { ApiwireError } from '../apiwire-error';

const name = 'ApiwireSelectorError';
const marker = `apiwire.error.${name}`;
const symbol = Symbol.for(marker);

/** A malformed selector in `operations.include`, `exclude`, `requireApproval` or `defer`. */
export class SelectorError extends ApiwireError {
  private readonly [symbol] = true;
  /** The option that holds the selector: `include`, `exclude`, `requireApproval` or `defer`. */
  readonly option: string;
  /** The selector as given (predicates as `[function]`). */
  readonly selector: string;

  constructor(options: { message: string; option: string; selector: unknown }) {
    const shown = typeof options.selector === 'function' ? '[function]' : JSON.stringify(options.selector) ?? String(options.selector);
    const where = options.option.includes('.') ? options.option : `operations.${options.option}`;
    super({ name, message: `${where}: ${options.message} (selector ${shown})` });
    this.option = options.option;
    this.selector = shown;
  }

  static isInstance(error: unknown): error is SelectorError {
    return ApiwireError.hasMarker(error, marker);
  }
}
