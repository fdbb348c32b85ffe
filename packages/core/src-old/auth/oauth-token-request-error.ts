/** A failed OAuth2 token request; the invoker turns it into a result the model sees (never with the client secret). */
import { ApiwireError } from '../apiwire-error';

const name = 'ApiwireOAuthTokenRequestError';
const marker = `apiwire.error.${name}`;
const symbol = Symbol.for(marker);

/** The token endpoint refused or could not be reached; `status` is 0 for a network failure. */
export class OAuthTokenRequestError extends ApiwireError {
  private readonly [symbol] = true;
  readonly status: number;

  constructor(options: { status: number; message: string }) {
    super({ name, message: options.message });
    this.status = options.status;
  }

  static isInstance(error: unknown): error is OAuthTokenRequestError {
    return ApiwireError.hasMarker(error, marker);
  }
}
