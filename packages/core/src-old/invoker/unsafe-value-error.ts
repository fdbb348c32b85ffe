/** Raised while building a request from a value that cannot be sent safely; the invoker turns it into an `invalid_input` issue. */
import { ApiwireError } from '../apiwire-error';

const name = 'ApiwireUnsafeValueError';
const marker = `apiwire.error.${name}`;
const symbol = Symbol.for(marker);

/** A model-supplied value refused for safety (a `..` path value, a CR/LF in a header); `property` names the input field. */
export class UnsafeValueError extends ApiwireError {
  private readonly [symbol] = true;
  /** The input property, when known. */
  property: string | undefined;

  constructor(options: { message: string; property?: string }) {
    super({ name, message: options.message });
    this.property = options.property;
  }

  static isInstance(error: unknown): error is UnsafeValueError {
    return ApiwireError.hasMarker(error, marker);
  }
}
