/** Writes a list of objects as one table: each key once, each item a row of values in column order. */

/** A list of objects as a table. */
export interface ItemTable {
  /** Every key of the items, in the order first seen. */
  columns: string[];
  /** One row per item, in order: its value for each column, null where the item has no such field. */
  rows: unknown[][];
}

/**
 * `items` as `{ columns, rows }` when that is shorter as JSON than the list itself; undefined when the list has
 * fewer than two items, holds anything but plain objects, or would not get shorter (items with different keys).
 *
 * @example
 * ```ts
 * tabulateItems([{ id: 1, name: 'a' }, { id: 2, name: 'b' }]); // { columns: ['id', 'name'], rows: [[1, 'a'], [2, 'b']] }
 * ```
 */
export function tabulateItems(items: readonly unknown[]): ItemTable | undefined {
  if (items.length < 2) return undefined;
  const records: Array<Record<string, unknown>> = [];
  for (const item of items) {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
    records.push(item as Record<string, unknown>);
  }
  const columns = [...new Set(records.flatMap((record) => Object.keys(record)))];
  const table: ItemTable = { columns, rows: records.map((record) => columns.map((column) => (column in record ? record[column] : null))) };
  return JSON.stringify(table).length < JSON.stringify(items).length ? table : undefined;
}
