/** A string matching a regular expression (groups, alternation, classes, escapes, quantifiers), for sample inputs. */

/**
 * Returns a string that matches `pattern` and the length bounds, or undefined when none of the tries does.
 * Alternations take their first branch; unbounded quantifiers repeat once, then as often as `minLength` asks.
 */
export function sampleFromPattern(pattern: string, bounds: { minLength?: number; maxLength?: number } = {}): string | undefined {
  let regex: RegExp;
  try {
    regex = new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
  const minimum = bounds.minLength ?? 0;
  const maximum = bounds.maxLength ?? Number.POSITIVE_INFINITY;
  for (const repeat of [1, 0, Math.max(2, minimum)]) {
    const sample = new PatternSampler(pattern, repeat).sample();
    if (sample !== undefined && regex.test(sample) && sample.length >= minimum && sample.length <= maximum) return sample;
  }
  return undefined;
}

/** A recursive-descent walk over the pattern that emits one matching string. */
class PatternSampler {
  private index = 0;

  constructor(
    private readonly pattern: string,
    /** How many times `*`, `+` and open `{n,}` repeat (at least their minimum). */
    private readonly repeat: number,
  ) {}

  sample(): string | undefined {
    try {
      const output = this.alternation();
      return this.index === this.pattern.length ? output : undefined;
    } catch {
      return undefined;
    }
  }

  /** `a|b|c`: the first branch. */
  private alternation(): string {
    const first = this.sequence();
    while (this.pattern[this.index] === '|') {
      this.index++;
      this.sequence();
    }
    return first;
  }

  private sequence(): string {
    let output = '';
    while (this.index < this.pattern.length && this.pattern[this.index] !== '|' && this.pattern[this.index] !== ')') {
      const atom = this.atom();
      output += this.quantified(atom);
    }
    return output;
  }

  private atom(): string {
    const character = this.pattern[this.index++];
    if (character === '^' || character === '$') return '';
    if (character === '.') return 'a';
    if (character === '(') {
      if (this.pattern.startsWith('?:', this.index)) this.index += 2;
      else if (this.pattern[this.index] === '?') throw new Error('lookaround');
      const text = this.alternation();
      if (this.pattern[this.index++] !== ')') throw new Error('unclosed group');
      // A repeated group repeats the same text: the sample stays deterministic.
      return text;
    }
    if (character === '[') {
      const negated = this.pattern[this.index] === '^';
      if (negated) this.index++;
      // Members as ranges: `a-z` is ['a', 'z'], a single character ['x', 'x'].
      const ranges: Array<[string, string]> = [];
      while (this.pattern[this.index] !== ']') {
        if (this.index >= this.pattern.length) throw new Error('unclosed class');
        const low = this.classCharacter();
        if (this.pattern[this.index] === '-' && this.pattern[this.index + 1] !== ']') {
          this.index++;
          ranges.push([low, this.classCharacter()]);
        } else {
          ranges.push([low, low]);
        }
      }
      this.index++;
      const inClass = (candidate: string) => ranges.some(([low, high]) => candidate >= low && candidate <= high);
      const pick = negated ? ['a', 'b', '0', '_', 'z', 'Z'].find((candidate) => !inClass(candidate)) ?? '~' : ranges[0][0];
      return pick;
    }
    if (character === '\\') {
      return escaped(this.pattern[this.index++]);
    }
    return character;
  }

  private classCharacter(): string {
    const character = this.pattern[this.index++];
    return character === '\\' ? escaped(this.pattern[this.index++]) : character;
  }

  private quantified(atom: string): string {
    const rest = this.pattern.slice(this.index);
    let count = 1;
    const braces = /^\{(\d+)(,(\d*))?\}/.exec(rest);
    if (braces) {
      const low = Number(braces[1]);
      const high = braces[2] === undefined ? low : braces[3] === '' ? Number.POSITIVE_INFINITY : Number(braces[3]);
      count = Math.min(high, Math.max(low, braces[2] === undefined ? low : this.repeat));
      this.index += braces[0].length;
    } else if (rest[0] === '+') {
      count = Math.max(1, this.repeat);
      this.index++;
    } else if (rest[0] === '*') {
      count = this.repeat;
      this.index++;
    } else if (rest[0] === '?') {
      count = Math.min(1, this.repeat);
      this.index++;
    } else {
      return atom;
    }
    if (this.pattern[this.index] === '?') this.index++; // lazy
    return atom.repeat(count);
  }
}

function escaped(letter: string | undefined): string {
  if (letter === 'd') return '1';
  if (letter === 'w') return 'a';
  if (letter === 's') return ' ';
  if (letter === undefined) throw new Error('dangling escape');
  return letter;
}
