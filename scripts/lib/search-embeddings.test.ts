import { describe, expect, it } from 'vitest';
import { allMiniLmModel } from './all-minilm';
import { searchEmbeddings } from './search-embeddings';
import { sentenceEncoderModel } from './sentence-encoder';

describe('searchEmbeddings', () => {
  it('takes all-MiniLM when SEARCH_EMBEDDINGS is unset or blank', () => {
    expect(searchEmbeddings(undefined).model).toBe(allMiniLmModel);
    expect(searchEmbeddings('  ').model).toBe(allMiniLmModel);
  });

  it('picks a model by name, each with its own vector file name', () => {
    expect(searchEmbeddings('sentence-encoder')).toMatchObject({ name: 'sentence-encoder', model: sentenceEncoderModel });
    expect(searchEmbeddings(' all-minilm ').name).toBe('all-minilm');
    expect(allMiniLmModel).not.toBe(sentenceEncoderModel);
  });

  it('names the known models when given one it does not know', () => {
    expect(() => searchEmbeddings('minilm')).toThrow('SEARCH_EMBEDDINGS=minilm is not a model the search scripts know: use all-minilm or sentence-encoder');
  });
});
