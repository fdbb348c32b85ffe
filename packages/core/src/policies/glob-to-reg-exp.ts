/** Turns a glob (`billing.invoices_*`, `/pets/**`) into an anchored regular expression. */
import { escapeRegExp } from '../escape-reg-exp';

/**
 * Compiles a glob: `*` matches any run of characters except `separator` (any run at all when there is none),
 * `**` matches across separators, `?` one character. Everything else is literal (braces included).
 */
export function globToRegExp(options: { glob: string; separator?: string; ignoreCase?: boolean }): RegExp {
  const { glob, separator } = options;
  const notSeparator = separator ? `[^${escapeRegExp(separator)}]` : '.';
  let source = '';
  for (let index = 0; index < glob.length; index++) {
    const character = glob[index];
    if (character === '*') {
      if (glob[index + 1] === '*') {
        source += '.*';
        index++;
      } else {
        source += `${notSeparator}*`;
      }
    } else if (character === '?') {
      source += notSeparator;
    } else {
      source += escapeRegExp(character);
    }
  }
  return new RegExp(`^${source}$`, options.ignoreCase ? 'i' : '');
}

/** True when the text has glob wildcards. */
export function isGlob(text: string): boolean {
  return text.includes('*') || text.includes('?');
}
