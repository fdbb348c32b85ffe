/** The error `createApiwireMiddleware` throws for an agent wiring it cannot support (a foreign tool under an apiwire name). */
import { ApiwireError } from '@apiwire/core';

const name = 'ApiwireToolWiringError';
const marker = `apiwire.error.${name}`;
const symbol = Symbol.for(marker);

/** The agent's `tools` hold a tool named like one of the middleware's, but it is not that operation's tool. */
export class ToolWiringError extends ApiwireError {
  private readonly [symbol] = true;
  /** The name both tools carry. */
  readonly toolName: string;

  constructor(options: { toolName: string }) {
    super({
      name,
      message:
        `The agent's tools hold a tool named "${options.toolName}" that is not apiwire's tool for that operation, ` +
        'while the apiwire middleware registers it too. Rename one of them; `toLangChainTools` for the same servers ' +
        'may be passed beside the middleware.',
    });
    this.toolName = options.toolName;
  }

  static isInstance(error: unknown): error is ToolWiringError {
    return ApiwireError.hasMarker(error, marker);
  }
}
