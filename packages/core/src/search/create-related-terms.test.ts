import { describe, expect, it } from 'vitest';
import { createRelatedTerms } from './create-related-terms';
import { searchTerms } from './search-terms';

const groups = [
  ['restart', 'reboot', 'power cycle'],
  ['shut down', 'shutdown', 'turn off', 'power off'],
  ['turn', 'rotate'],
  ['resolve', 'mark done'],
  ['customer', 'client', 'buyer'],
];
const apiTerms = new Set(['reboot', 'powercycl', 'power', 'cycl', 'shutdown', 'poweroff', 'off', 'rotat', 'client', 'custom']);
const related = createRelatedTerms({ groups, known: (term) => apiTerms.has(term) });
const expand = (request: string) =>
  Object.fromEntries(related(searchTerms({ text: request, compounds: false })).map((found) => [found.term, [found.for.join(' '), found.share]]));

describe('createRelatedTerms', () => {
  it("finds the API's words of a request word's group, a phrase as its joined form and, at 1/n, its words", () => {
    expect(expand('restart the machine')).toEqual({ reboot: ['restart', 1], powercycl: ['restart', 1], power: ['restart', 0.5], cycl: ['restart', 0.5] });
  });

  it('reads the longest phrase first, so "turn off" is not also "turn"', () => {
    expect(expand('turn off the server')).toEqual({ shutdown: ['turn off', 1], poweroff: ['turn off', 1], power: ['turn off', 0.5] });
    expect(expand('turn the image')).toEqual({ rotat: ['turn', 1] });
  });

  it('leaves out terms the API never uses or the request has, and phrases that stop words reduce to one word', () => {
    expect(expand('a buyer or a customer')).toEqual({ client: ['buyer', 1] });
    // "mark done" would stand for "mark" alone ("done" is a stop word), so "mark" finds nothing
    expect(expand('mark it')).toEqual({});
  });
});
