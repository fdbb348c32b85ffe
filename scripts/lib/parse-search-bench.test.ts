import { describe, expect, it } from 'vitest';
import { parseSearchBench } from './parse-search-bench';

describe('parseSearchBench', () => {
  it('reads the request-set rows and nothing else', () => {
    const text = [
      '| set | half | requests | shares a word | apiwire @1 | apiwire @5 | apiwire @10 | BM25 @1 | BM25 @5 | BM25 @10 |',
      '|---|---|---|---|---|---|---|---|---|---|',
      '| box (175 tools) | dev | 20 | 0.90 | 0.30 | **0.65** | 0.65 | 0.20 | 0.20 | 0.40 |',
      '| vocadb (118 tools) | test | 15 | 0.93 | 0.40 | **0.47** | 0.60 | 0.07 | 0.67 | 0.73 |',
      '| box (175 tools) | dev | 0.65 | 0.40 | 0.25 | **0.50** | 0.60 |',
      '| tmdb (54 tools) | 100 | 0.28 | **0.58** | 0.79 | 0.16 | 0.36 | 0.50 | 0.24 | **0.54** | 0.75 |',
    ].join('\n');
    expect(parseSearchBench(text)).toEqual([
      { api: 'box', half: 'dev', requests: 20, apiwire: 0.65, plain: 0.2, sharesWord: 0.9 },
      { api: 'vocadb', half: 'test', requests: 15, apiwire: 0.47, plain: 0.67, sharesWord: 0.93 },
    ]);
  });
});
