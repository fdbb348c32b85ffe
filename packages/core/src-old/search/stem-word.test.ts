import { describe, expect, it } from 'vitest';
import { stemWord } from './stem-word';

describe('stemWord', () => {
  it('folds plurals and verb endings onto one stem', () => {
    const same = (...words: string[]) => expect(new Set(words.map(stemWord)).size).toBe(1);
    same('invoice', 'invoices', 'invoiced');
    same('policy', 'policies');
    same('movie', 'movies');
    same('company', 'companies');
    same('list', 'lists', 'listing');
    same('create', 'created', 'creating', 'creates');
    same('stop', 'stopped', 'stopping');
    same('address', 'addresses');
    same('play', 'played', 'playing', 'plays');
  });

  it('leaves short words, numbers and words that only look inflected', () => {
    expect(stemWord('get')).toBe('get');
    expect(stemWord('status')).toBe('status');
    expect(stemWord('string')).toBe('string');
    expect(stemWord('v2s')).toBe('v2s');
    expect(stemWord('add')).toBe('add');
  });
});
