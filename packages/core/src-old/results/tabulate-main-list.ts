/** Shows the main list of a JSON value as a table (`{ columns, rows }`), where that is shorter. */
import { replaceAtPath } from './replace-at-path';
import { tabulateItems } from './tabulate-items';

/**
 * A copy of `value` whose list at `path` (keys from the top; [] for the value itself) is a table of its items (see
 * `tabulateItems`); undefined when there is no list there or the table would not be shorter.
 */
export function tabulateMainList(options: { value: unknown; path: readonly string[] }): unknown {
  let list: unknown = options.value;
  for (const key of options.path) {
    if (list === null || typeof list !== 'object' || Array.isArray(list)) return undefined;
    list = (list as Record<string, unknown>)[key];
  }
  const table = Array.isArray(list) ? tabulateItems(list) : undefined;
  return table === undefined ? undefined : replaceAtPath({ value: options.value, path: options.path, items: table });
}
