/** Reads the request-set rows back out of a saved `pnpm bench:search` output. */

/** recall@5 of one half of one set, apiwire and plain BM25, and its "shares a word", as printed. */
export interface BenchRow {
  api: string;
  half: 'dev' | 'test';
  requests: number;
  apiwire: number;
  plain: number;
  sharesWord: number;
}

const row = /^\| (\S+) \(\d+ tools\) \| (dev|test) \| (\d+) \| ([\d.]+) \| [\d.]+ \| \*\*([\d.]+)\*\* \| [\d.]+ \| [\d.]+ \| ([\d.]+) \| [\d.]+ \|$/;

/** The rows of the request-set table (`| set | half | requests | shares a word | apiwire @1 | apiwire @5 | ...`). */
export function parseSearchBench(text: string): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const line of text.split('\n')) {
    const match = row.exec(line.trim());
    if (match === null) continue;
    const [, api, half, requests, sharesWord, apiwire, plain] = match;
    rows.push({ api, half: half as 'dev' | 'test', requests: Number(requests), apiwire: Number(apiwire), plain: Number(plain), sharesWord: Number(sharesWord) });
  }
  return rows;
}
