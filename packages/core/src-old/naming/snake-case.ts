/** Turns an identifier of any casing (`createInvoice`, `repos/list-for-org`, `HTTPServer`) into snake_case. */

/** snake_case of `text`: word boundaries at case changes, digits-to-letters and every non-alphanumeric run. */
export function snakeCase(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[^a-zA-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase();
}
