/**
 * How often a "nothing matched well" rule fires at several thresholds: on requests no operation serves (where it
 * should) and on requests that have an answer (where it hides the tools), for choosing `minCoverage`.
 */

/** One request as the rule sees it: `signal` is how well the best matches fit (the rule fires below a threshold). */
export interface NoMatchProbe {
  answerable: boolean;
  signal: number;
  /** An acceptable operation was among the 5 best: firing lost it. */
  answerInTop5: boolean;
}

/** A markdown table, one row per threshold. */
export function noMatchSweep(probes: readonly NoMatchProbe[], thresholds: readonly number[]): string[] {
  const unanswerable = probes.filter((probe) => !probe.answerable);
  const answerable = probes.filter((probe) => probe.answerable);
  const share = (count: number, of: number) => `${count} / ${of} (${of === 0 ? '-' : `${Math.round((100 * count) / of)} %`})`;
  return [
    '| below | fires when no operation serves it | fires when one does | ... and one was in the top 5 |',
    '|---|---|---|---|',
    ...thresholds.map((threshold) => {
      const fires = (probe: NoMatchProbe) => probe.signal < threshold;
      return `| ${threshold} | ${share(unanswerable.filter(fires).length, unanswerable.length)} | ${share(answerable.filter(fires).length, answerable.length)} | ${share(answerable.filter((probe) => fires(probe) && probe.answerInTop5).length, answerable.length)} |`;
    }),
  ];
}
