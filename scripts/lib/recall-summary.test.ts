import { describe, expect, it } from 'vitest';
import { recallSummary } from './recall-summary';

describe('recallSummary', () => {
  it('means tuned halves per half and held-out sets whole, weighting halves by requests, and counts sets against BM25 and the 0.75 target', () => {
    const lines = recallSummary([
      { api: 'a', half: 'dev', heldOut: false, requests: 10, apiwire: 0.8, plain: 0.5, sharesWord: 0.9 },
      { api: 'a', half: 'test', heldOut: false, requests: 10, apiwire: 0.6, plain: 0.6, sharesWord: 0.7 },
      { api: 'b', half: 'dev', heldOut: false, requests: 10, apiwire: 0.4, plain: 0.3, sharesWord: 1 },
      { api: 'b', half: 'test', heldOut: false, requests: 10, apiwire: 0.4, plain: 0.5, sharesWord: 0.8 },
      { api: 'c', half: 'dev', heldOut: true, requests: 15, apiwire: 0.8, plain: 0.4, sharesWord: 1 },
      { api: 'c', half: 'test', heldOut: true, requests: 5, apiwire: 0.6, plain: 0.4, sharesWord: 0.6 },
    ]);
    // a: at 0.75 on dev (0.8, could: 0.9); b could reach it on both halves and does on neither; a's test half could not
    // (0.7 shares a word); c whole: 0.75 recall, 0.9 shares a word
    expect(lines.slice(2)).toEqual([
      '| tuned sets, dev halves | 2 | 0.95 | **0.60** | 0.40 | 2 / 0 / 0 | 1 / 2 |',
      '| tuned sets, test halves (not tuned on) | 2 | 0.75 | **0.50** | 0.55 | 0 / 1 / 1 | 0 / 1 |',
      '| held-out sets, both halves (never tuned on) | 1 | 0.90 | **0.75** | 0.40 | 1 / 0 / 0 | 1 / 1 |',
    ]);
  });

  it('adds a hybrid column when the halves carry one', () => {
    const lines = recallSummary([{ api: 'c', half: 'dev', heldOut: true, requests: 4, apiwire: 0.5, plain: 0.25, sharesWord: 0.5, hybrid: 0.75 }]);
    expect(lines[0]).toContain('hybrid @5');
    expect(lines[2]).toBe('| held-out sets, both halves (never tuned on) | 1 | 0.50 | **0.50** | 0.25 | 1 / 0 / 0 | 0 / 0 | 0.75 |');
  });
});
