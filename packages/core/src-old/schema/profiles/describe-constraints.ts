/** Puts schema constraints into words, for the description when a provider's mode refuses the keyword. */

/** The words for one keyword and its value: `maxLength: 5000` -> "at most 5000 characters". */
export function describeConstraint(keyword: string, value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  switch (keyword) {
    case 'minLength':
      return `at least ${text} characters`;
    case 'maxLength':
      return `at most ${text} characters`;
    case 'pattern':
      return `matches the regular expression ${text}`;
    case 'format':
      return `format: ${text}`;
    case 'minimum':
      return `at least ${text}`;
    case 'maximum':
      return `at most ${text}`;
    case 'exclusiveMinimum':
      return `greater than ${text}`;
    case 'exclusiveMaximum':
      return `less than ${text}`;
    case 'multipleOf':
      return `a multiple of ${text}`;
    case 'minItems':
      return `at least ${text} items`;
    case 'maxItems':
      return `at most ${text} items`;
    case 'uniqueItems':
      return value === true ? 'items are unique' : '';
    case 'minProperties':
      return `at least ${text} keys`;
    case 'maxProperties':
      return `at most ${text} keys`;
    case 'default':
      return `default: ${JSON.stringify(value)}`;
    case 'const':
      return `always ${JSON.stringify(value)}`;
    case 'enum':
      return `one of ${(value as unknown[]).map((item) => JSON.stringify(item)).join(', ')}`;
    case 'not':
      return `must not match ${JSON.stringify(value)}`;
    default:
      return `${keyword}: ${JSON.stringify(value)}`;
  }
}

/** `description` followed by the constraints in words: "The name. (format: uri; at most 5000 characters)". */
export function withConstraintWords(description: unknown, words: string[]): string | undefined {
  const text = typeof description === 'string' ? description.trim() : '';
  const said = words.filter((word) => word !== '');
  if (said.length === 0) return text === '' ? undefined : text;
  const list = said.join('; ');
  return text === '' ? `${list[0].toUpperCase()}${list.slice(1)}.` : `${text} (${list})`;
}
