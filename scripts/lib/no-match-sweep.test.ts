import { describe, expect, it } from 'vitest';
import { noMatchSweep } from './no-match-sweep';

describe('noMatchSweep', () => {
  it('counts, per threshold, the requests whose signal is below it, apart for unanswerable and answerable ones', () => {
    const lines = noMatchSweep(
      [
        { answerable: false, signal: 0, answerInTop5: false },
        { answerable: false, signal: 0.3, answerInTop5: false },
        { answerable: true, signal: 0.05, answerInTop5: true },
        { answerable: true, signal: 0.2, answerInTop5: false },
        { answerable: true, signal: 0.9, answerInTop5: true },
        { answerable: true, signal: 1, answerInTop5: true },
      ],
      [0.1, 0.25, 0.5],
    );
    expect(lines.slice(2)).toEqual([
      '| 0.1 | 1 / 2 (50 %) | 1 / 4 (25 %) | 1 / 4 (25 %) |',
      '| 0.25 | 1 / 2 (50 %) | 2 / 4 (50 %) | 1 / 4 (25 %) |',
      '| 0.5 | 2 / 2 (100 %) | 2 / 4 (50 %) | 1 / 4 (25 %) |',
    ]);
  });

  it('says so when a kind of request is absent instead of dividing by zero', () => {
    expect(noMatchSweep([{ answerable: true, signal: 0, answerInTop5: false }], [0.1])[2]).toBe('| 0.1 | 0 / 0 (-) | 1 / 1 (100 %) | 0 / 1 (0 %) |');
  });
});
