/** Rewrites a regular expression that JavaScript's unicode mode (`u`, which providers validate with) refuses. */

const syntaxCharacters = new Set([...'^$\\.*+?()[]{}|/']);
const escapeLetters = new Set([...'dDwWsSbBnrtfv0cxupPk123456789']);
const classEscapes = new Set([...'dDwWsS']);
const quantifier = /^\{\d+(,\d*)?\}/;

/**
 * `pattern` unchanged when it compiles with the `u` flag; else the same pattern in unicode-mode syntax, or
 * undefined when it cannot be repaired. Repairs: `{,n}` -> `{0,n}` (as other regex dialects read it); identity
 * escapes of characters that need none (`\_`, `\:`, `\-` outside a class) -> the character; a lone `{`, `}` or
 * `]` -> escaped; a `-` next to a class escape in a class (`[\w-.]`) -> `\-`.
 */
export function repairPattern(pattern: string): string | undefined {
  if (compiles(pattern)) return pattern;
  let out = '';
  let inClass = false;
  let previousWasClassEscape = false;
  for (let index = 0; index < pattern.length; index++) {
    const character = pattern[index];
    if (character === '\\') {
      const next = pattern[index + 1];
      index += 1;
      if (next === undefined) return undefined;
      const keep = syntaxCharacters.has(next) || escapeLetters.has(next) || (inClass && next === '-');
      out += keep ? `\\${next}` : next === '{' || next === '}' ? `\\${next}` : next;
      previousWasClassEscape = inClass && classEscapes.has(next);
      continue;
    }
    if (inClass) {
      if (character === ']') inClass = false;
      const nextIsClassEscape = pattern[index + 1] === '\\' && classEscapes.has(pattern[index + 2] ?? '');
      const isRangeDash = character === '-' && pattern[index + 1] !== ']' && !out.endsWith('[') && !out.endsWith('[^');
      out += isRangeDash && (previousWasClassEscape || nextIsClassEscape) ? '\\-' : character;
      previousWasClassEscape = false;
      continue;
    }
    if (character === '[') {
      inClass = true;
      out += character;
      if (pattern[index + 1] === '^') out += pattern[++index];
      if (pattern[index + 1] === ']') out += `\\${pattern[++index]}`;
      continue;
    }
    if (character === '{') {
      const rest = pattern.slice(index);
      const empty = /^\{,(\d+)\}/.exec(rest);
      if (empty) {
        out += `{0,${empty[1]}}`;
        index += empty[0].length - 1;
      } else if (quantifier.test(rest)) {
        const match = quantifier.exec(rest)![0];
        out += match;
        index += match.length - 1;
      } else out += '\\{';
      continue;
    }
    out += character === '}' || character === ']' ? `\\${character}` : character;
  }
  return compiles(out) ? out : undefined;
}

/** True when JavaScript compiles `pattern` in unicode mode. */
export function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}
