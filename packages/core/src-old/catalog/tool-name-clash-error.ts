/** The error `createToolCatalog` throws when two tools of different servers share a name or id. */
import { ApiwireError } from '../apiwire-error';

const name = 'ApiwireToolNameClashError';
const marker = `apiwire.error.${name}`;
const symbol = Symbol.for(marker);

/** Two tools handed to one catalog (or adapter) have the same name or id. */
export class ToolNameClashError extends ApiwireError {
  private readonly [symbol] = true;
  /** The name (or id) both tools carry. */
  readonly toolName: string;
  /** The servers of the two tools, first one first. */
  readonly servers: readonly [string, string];

  constructor(options: { toolName: string; servers: readonly [string, string] }) {
    const [first, second] = options.servers;
    super({
      name,
      message:
        first === second
          ? `Two tools of server "${first}" are both named "${options.toolName}" (the same server handed twice?).`
          : `Tool "${options.toolName}" of server "${second}" clashes with tool "${options.toolName}" of server "${first}"; give one server another name.`,
    });
    this.toolName = options.toolName;
    this.servers = options.servers;
  }

  static isInstance(error: unknown): error is ToolNameClashError {
    return ApiwireError.hasMarker(error, marker);
  }
}
