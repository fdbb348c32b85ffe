/** Lays out rows as a plain-text table with aligned columns (numbers right-aligned). */

/** The table as lines: a header, a rule, then one line per row. */
export function formatTable(options: { columns: string[]; rows: Array<Array<string | number>> }): string[] {
  const cells = options.rows.map((row) => row.map((cell) => String(cell)));
  const numeric = options.columns.map((_, index) => options.rows.length > 0 && options.rows.every((row) => typeof row[index] === 'number'));
  const widths = options.columns.map((column, index) => Math.max(column.length, ...cells.map((row) => row[index].length)));
  const line = (row: string[]) =>
    row
      .map((cell, index) => (numeric[index] ? cell.padStart(widths[index]) : cell.padEnd(widths[index])))
      .join('  ')
      .trimEnd();
  return [line(options.columns), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)];
}
