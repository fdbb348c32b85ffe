/** The error `toAISDKTools` throws when a name override gives a tool a name providers reject, or a duplicate. */
import { ApiwireError } from '@apiwire/core';

const name = 'ApiwireInvalidToolNameError';
const marker = `apiwire.error.${name}`;
const symbol = Symbol.for(marker);

/** A tool name (after `prefix` / `separator`) that is not `^[a-zA-Z0-9_-]{1,64}$`, or is taken twice. */
export class InvalidToolNameError extends ApiwireError {
  private readonly [symbol] = true;
  /** The offending name. */
  readonly toolName: string;

  constructor(options: { toolName: string; message: string }) {
    super({ name, message: options.message });
    this.toolName = options.toolName;
  }

  static isInstance(error: unknown): error is InvalidToolNameError {
    return ApiwireError.hasMarker(error, marker);
  }
}
