import { describe, expect, it } from 'vitest';
import { createRelatedTerms } from './create-related-terms';
import { splitWords } from './split-words';

const groups = [
  ['restart', 'reboot', 'power cycle'],
  ['shut down', 'shutdown', 'turn off', 'power off'],
  ['turn', 'rotate'],
  ['on call', 'on duty'],
  ['customer', 'client', 'buyer'],
  ['settings', 'customise', 'configuration'],
  ['company', 'organisation'],
  ['alert', 'alarm'],
  ['maintenance mode', 'mute alerts'],
];
const apiTerms = new Set(['alarm', 'mainten', 'mode', 'maintenancemod', 'reboot', 'powercycl', 'power', 'cycl', 'shutdown', 'poweroff', 'off', 'rotat', 'client', 'custom', 'configur', 'oncal', 'call', 'organis']);
const related = createRelatedTerms({ tables: [groups], known: (term) => apiTerms.has(term) });
const expand = (request: string) =>
  Object.fromEntries(related(splitWords(request)).map((found) => [found.term, [found.for.join(' '), found.share]]));

describe('createRelatedTerms', () => {
  it("finds the API's words of a request word's group, a phrase as its joined form and, at 1/n, its words", () => {
    expect(expand('restart the machine')).toEqual({ reboot: ['restart', 1], powercycl: ['restart', 1], power: ['restart', 0.5], cycl: ['restart', 0.5] });
    expect(expand('who is on duty')).toEqual({ oncal: ['duti', 1], call: ['duti', 0.5] });
  });

  it('reads the longest phrase first, so "turn off" is not also "turn"', () => {
    expect(expand('turn off the server')).toEqual({ shutdown: ['turn off', 1], poweroff: ['turn off', 1], power: ['turn off', 0.5] });
    expect(expand('turn the image')).toEqual({ rotat: ['turn', 1] });
  });

  it('finds a phrase with stop words between its words, and not across a content word', () => {
    expect(expand('turn it off')).toEqual(expand('turn off'));
    expect(expand('turn the old server off')).toEqual({ rotat: ['turn', 1] });
  });

  it('matches words as written or inflected, never by stem alone', () => {
    expect(expand('restarting it')).toEqual(expand('restart it'));
    expect(expand('all companies')).toEqual({ organis: ['compani', 1] });
    // Porter2 stems customer, customise and custom alike; only customer's own group counts
    expect(expand('a new customer')).toEqual({ client: ['custom', 1] });
    expect(expand('customise it')).toEqual({ configur: ['customis', 1] });
  });

  it('finds a plural whose written form is also a word of a phrase member ("alerts", of `mute alerts`)', () => {
    expect(expand('clear the alerts')).toEqual({ alarm: ['alert', 1] });
    expect(expand('mute alerts tonight')).toEqual({ maintenancemod: ['mute alert', 1], mainten: ['mute alert', 0.5], mode: ['mute alert', 0.5] });
  });

  it('leaves out terms the API never uses or the request has already', () => {
    expect(expand('a buyer or a client')).toEqual({ custom: ['buyer', 1] });
    expect(expand('shut down and shutdown')).toEqual({ poweroff: ['shut down', 1], power: ['shut down', 0.5], off: ['shut down', 0.5] });
  });
});

describe('createRelatedTerms over several tables', () => {
  it('reads tables split anywhere as their concatenation (a phrase in one, an inflection of a word of another)', () => {
    const split = createRelatedTerms({ tables: [groups.slice(0, 4), groups.slice(4)], known: (term) => apiTerms.has(term) });
    for (const request of ['restart the machine', 'turn it off', 'mute all alerts', 'all companies', 'who is on duty', 'a new client']) {
      expect(split(splitWords(request)), request).toEqual(related(splitWords(request)));
    }
    expect(split(splitWords('mute all alerts')).length).toBeGreaterThan(0);
  });
});
