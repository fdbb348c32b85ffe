/** The summary rows of `pnpm bench:search`: mean recall@5 by kind of set, apiwire beside plain BM25 (and hybrid). */

/** Recall@5 of one half of one request set. */
export interface HalfRecall {
  api: string;
  half: 'dev' | 'test';
  heldOut: boolean;
  requests: number;
  apiwire: number;
  plain: number;
  /** The share of requests where an acceptable operation shares a word with the request: what a lexical ranking can reach. */
  sharesWord: number;
  hybrid?: number;
}

interface SetRecall {
  api: string;
  apiwire: number;
  plain: number;
  sharesWord: number;
  hybrid?: number;
}

/** Issue 11's target for every test half, lexical ranking alone. */
const targetRecall = 0.75;

/**
 * Three rows, each a mean over sets (every set counts the same): the tuned sets' dev halves, their test halves, and
 * the held-out sets whole (both halves: nothing was tuned on either). Each row also counts the sets where apiwire is
 * above, level with and below plain BM25, and those at recall@5 0.75 or more out of those whose "shares a word"
 * (the most a lexical ranking can find) is 0.75 or more.
 */
export function recallSummary(halves: readonly HalfRecall[]): string[] {
  const tuned = (half: 'dev' | 'test') => halves.filter((row) => !row.heldOut && row.half === half);
  const heldOut = wholeSets(halves.filter((row) => row.heldOut));
  const hasHybrid = halves.some((row) => row.hybrid !== undefined);
  const lines = [
    `| sets | count | shares a word | apiwire @5 | plain BM25 @5 | above / level / below BM25 | at 0.75 / could be |${hasHybrid ? ' hybrid @5 |' : ''}`,
    `|---|---|---|---|---|---|---|${hasHybrid ? '---|' : ''}`,
  ];
  for (const [label, rows] of [
    ['tuned sets, dev halves', tuned('dev')],
    ['tuned sets, test halves (not tuned on)', tuned('test')],
    ['held-out sets, both halves (never tuned on)', heldOut],
  ] as const) {
    if (rows.length === 0) continue;
    const mean = (pick: (row: SetRecall) => number) => (rows.reduce((sum, row) => sum + pick(row), 0) / rows.length).toFixed(2);
    const above = rows.filter((row) => row.apiwire > row.plain + 1e-9).length;
    const below = rows.filter((row) => row.apiwire < row.plain - 1e-9).length;
    const hybrid = hasHybrid ? ` ${mean((row) => row.hybrid ?? 0)} |` : '';
    const reachable = rows.filter((row) => row.sharesWord >= targetRecall - 1e-9);
    const reached = reachable.filter((row) => row.apiwire >= targetRecall - 1e-9).length;
    const counts = `${above} / ${rows.length - above - below} / ${below} | ${reached} / ${reachable.length}`;
    lines.push(`| ${label} | ${rows.length} | ${mean((row) => row.sharesWord)} | **${mean((row) => row.apiwire)}** | ${mean((row) => row.plain)} | ${counts} |${hybrid}`);
  }
  return lines;
}

/** Halves of one set read as one: their recall weighted by their requests (hybrid only when every half has it). */
export function combineHalves(rows: ReadonlyArray<Omit<HalfRecall, 'api' | 'half' | 'heldOut'>>): Omit<SetRecall, 'api'> {
  const requests = rows.reduce((sum, row) => sum + row.requests, 0) || 1;
  const weighted = (pick: (row: (typeof rows)[number]) => number) => rows.reduce((sum, row) => sum + pick(row) * row.requests, 0) / requests;
  const hybrid = rows.every((row) => row.hybrid !== undefined) ? weighted((row) => row.hybrid ?? 0) : undefined;
  return { apiwire: weighted((row) => row.apiwire), plain: weighted((row) => row.plain), sharesWord: weighted((row) => row.sharesWord), hybrid };
}

/** Each set's two halves as one, weighted by their requests. */
function wholeSets(halves: readonly HalfRecall[]): SetRecall[] {
  const byApi = new Map<string, HalfRecall[]>();
  for (const row of halves) byApi.set(row.api, [...(byApi.get(row.api) ?? []), row]);
  return [...byApi].map(([api, rows]) => ({ api, ...combineHalves(rows) }));
}
