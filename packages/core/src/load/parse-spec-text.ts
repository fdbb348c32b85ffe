/** Parses spec text, JSON or YAML, into a plain object; syntax errors become a SpecError naming the line. */
import { SpecError } from '../spec-error';

/**
 * The parsed document; throws SpecError (pointer '') with the line and column of a syntax error. The YAML parser
 * is imported on the first YAML text only (~50 ms of a cold start).
 */
export async function parseSpecText(options: { text: string; source: string }): Promise<unknown> {
  const text = options.text.charCodeAt(0) === 0xfeff ? options.text.slice(1) : options.text;
  const first = text[firstNonSpace(text)];
  if (first === '{' || first === '[') {
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new SpecError({
        message: `The spec is not valid JSON: ${jsonErrorWithLine(text, error)}`,
        pointer: '',
        source: options.source,
        cause: error,
      });
    }
  }
  const { parse: parseYaml, YAMLParseError } = await import('yaml');
  try {
    return parseYaml(text, { maxAliasCount: -1, merge: true, uniqueKeys: false, logLevel: 'error' });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const position = error.linePos?.[0];
      const where = position ? `line ${position.line}, column ${position.col}` : 'an unknown line';
      throw new SpecError({
        message: `The spec is not valid YAML at ${where}: ${error.message.split('\n')[0]}`,
        pointer: '',
        source: options.source,
        cause: error,
      });
    }
    throw new SpecError({
      message: `The spec could not be parsed: ${(error as Error).message}`,
      pointer: '',
      source: options.source,
      cause: error,
    });
  }
}

/** Index of the first non-whitespace character (no copy of a many-megabyte text, unlike trimStart). */
export function firstNonSpace(text: string): number {
  let index = 0;
  while (index < text.length && /\s/.test(text[index])) index++;
  return index;
}

function jsonErrorWithLine(text: string, error: unknown): string {
  const message = (error as Error).message;
  const match = /position (\d+)/.exec(message);
  if (!match) return message;
  const offset = Number(match[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}
