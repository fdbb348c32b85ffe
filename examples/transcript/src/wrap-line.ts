/** Wraps one transcript line to the terminal's width, continuation lines indented under it. */
import { wrapAnsi } from 'fast-wrap-ansi';

/** What to wrap: the text, its indent, and the width no line may exceed. */
export interface WrapLineOptions {
  text: string;
  /** Spaces before the first line; continuation lines get two more. */
  indent: number;
  width: number;
}

/**
 * The text as lines of at most `width` visible characters (colour codes do not count): broken at spaces, and
 * inside a word (JSON, URLs) only when the word alone is too long.
 * @example wrapLine({ text: 'model sees 23 tools: …', indent: 2, width: 80 })
 */
export function wrapLine(options: WrapLineOptions): string[] {
  const continuation = options.indent + 2;
  const room = Math.max(options.width - continuation, 20);
  const lines = wrapAnsi(options.text, room, { hard: true, trim: true }).split('\n');
  return lines.map((line, index) => `${' '.repeat(index === 0 ? options.indent : continuation)}${line}`);
}
