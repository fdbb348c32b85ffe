/** The error thrown when `auth` is configured in a way that cannot work (a reference without a resolver, an unsafe token URL). */
import { ApiwireError } from '../apiwire-error';

const name = 'ApiwireAuthConfigurationError';
const marker = `apiwire.error.${name}`;
const symbol = Symbol.for(marker);

/** A developer-side auth misconfiguration; thrown by `loadApiServer`, never returned to the model. */
export class AuthConfigurationError extends ApiwireError {
  private readonly [symbol] = true;
  /** The security scheme concerned, when there is one. */
  readonly scheme: string | undefined;

  constructor(options: { message: string; scheme?: string }) {
    super({ name, message: options.message });
    this.scheme = options.scheme;
  }

  static isInstance(error: unknown): error is AuthConfigurationError {
    return ApiwireError.hasMarker(error, marker);
  }
}
