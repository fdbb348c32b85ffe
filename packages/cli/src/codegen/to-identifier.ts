/** Turns tool names into TypeScript identifiers: `create_invoice` -> `createInvoice` / `CreateInvoice`. */

/** camelCase (or PascalCase with `pascal`) of a snake/kebab/dotted name; never starts with a digit. */
export function toIdentifier(options: { name: string; pascal?: boolean }): string {
  const words = options.name.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const joined = words
    .map((word, index) => (index === 0 && !options.pascal ? word.charAt(0).toLowerCase() : word.charAt(0).toUpperCase()) + word.slice(1))
    .join('');
  const safe = joined === '' ? 'tool' : joined;
  return /^\d/.test(safe) ? (options.pascal ? `Op${safe}` : `op${safe}`) : safe;
}
