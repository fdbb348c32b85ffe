/** A string matching a simple regular expression (anchors, literals, classes, `\d`/`\w`, quantifiers), for sample inputs. */

/** Returns a string that matches `pattern`, or undefined when the pattern uses features this does not handle. */
export function sampleFromPattern(pattern: string): string | undefined {
  let output = '';
  let index = 0;
  const body = pattern.replace(/^\^/, '').replace(/\$$/, '');
  while (index < body.length) {
    let atom: string;
    const character = body[index];
    if (character === '[') {
      const end = body.indexOf(']', index + 1);
      if (end < 0) return undefined;
      const set = body.slice(index + 1, end);
      if (set.startsWith('^')) return undefined;
      atom = set[0] === '\\' ? escapeClass(set[1]) : set[0];
      index = end + 1;
    } else if (character === '\\') {
      atom = escapeClass(body[index + 1]);
      index += 2;
    } else if ('()|'.includes(character)) {
      return undefined;
    } else if (character === '.') {
      atom = 'a';
      index++;
    } else {
      atom = character;
      index++;
    }
    let count = 1;
    const rest = body.slice(index);
    const braces = /^\{(\d+)(,(\d*))?\}/.exec(rest);
    if (braces) {
      count = Number(braces[1]);
      index += braces[0].length;
    } else if (rest[0] === '+') {
      index++;
    } else if (rest[0] === '*' || rest[0] === '?') {
      index++;
    }
    output += atom.repeat(count);
  }
  try {
    return new RegExp(pattern, 'u').test(output) ? output : undefined;
  } catch {
    return undefined;
  }
}

function escapeClass(letter: string | undefined): string {
  if (letter === 'd') return '1';
  if (letter === 'w') return 'a';
  if (letter === 's') return ' ';
  return letter ?? '';
}
