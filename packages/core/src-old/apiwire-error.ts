/** The base class of every error apiwire throws, with a stable `name` and a cross-package `isInstance` marker. */
const marker = 'apiwire.error';
const symbol = Symbol.for(marker);

export class ApiwireError extends Error {
  private readonly [symbol] = true;

  constructor(options: { name: string; message: string; cause?: unknown }) {
    super(options.message, { cause: options.cause });
    this.name = options.name;
  }

  /** True for any apiwire error, whichever copy of the package created it. */
  static isInstance(error: unknown): error is ApiwireError {
    return ApiwireError.hasMarker(error, marker);
  }

  protected static hasMarker(error: unknown, markerName: string): boolean {
    const markerSymbol = Symbol.for(markerName);
    return (
      error != null &&
      typeof error === 'object' &&
      markerSymbol in error &&
      (error as Record<symbol, unknown>)[markerSymbol] === true
    );
  }
}
