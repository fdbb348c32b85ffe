/** The validation error of a tool call whose input does not match the operation's schema. */
import { ApiwireError, type ToolInputIssue } from '@apiwire/core';

const name = 'ApiwireToolInputError';
const marker = `apiwire.error.${name}`;
const symbol = Symbol.for(marker);

/**
 * Invalid model input for one tool, naming each field (`id: required`). The SDK wraps it (as the cause of its
 * `InvalidToolInputError`) and shows the message to the model; a program reads `issues`.
 */
export class ToolInputError extends ApiwireError {
  private readonly [symbol] = true;
  /** The tool the input was for. */
  readonly toolName: string;
  /** Each problem, by input field (`items.0.price`; '' for the whole input). */
  readonly issues: readonly ToolInputIssue[];

  constructor(options: { toolName: string; issues: readonly ToolInputIssue[]; message: string }) {
    super({ name, message: options.message });
    this.toolName = options.toolName;
    this.issues = options.issues;
  }

  static isInstance(error: unknown): error is ToolInputError {
    return ApiwireError.hasMarker(error, marker);
  }
}
