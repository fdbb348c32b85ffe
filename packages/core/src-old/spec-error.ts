/** The error `loadApiServer` throws for a spec it cannot use, with a JSON pointer to the problem. */
import { ApiwireError } from './apiwire-error';

const name = 'ApiwireSpecError';
const marker = `apiwire.error.${name}`;
const symbol = Symbol.for(marker);

export class SpecError extends ApiwireError {
  private readonly [symbol] = true;
  /** JSON pointer (RFC 6901) into the document where the problem is; '' for the whole document. */
  readonly pointer: string;
  /** Where the spec came from: a file path, a URL, or 'text' / 'object'. */
  readonly source: string | undefined;
  /** The `$ref` that could not be followed, when that is the problem. */
  readonly ref: string | undefined;

  constructor(options: { message: string; pointer: string; source?: string; cause?: unknown; ref?: string }) {
    super({
      name,
      message: `${options.message} (at ${options.pointer === '' ? '#' : `#${options.pointer}`}${
        options.source ? ` in ${options.source}` : ''
      })`,
      cause: options.cause,
    });
    this.pointer = options.pointer;
    this.source = options.source;
    this.ref = options.ref;
  }

  static isInstance(error: unknown): error is SpecError {
    return ApiwireError.hasMarker(error, marker);
  }
}
