import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from './parse-search-query';

const apiWords = new Set(['codespac', 'dependabot', 'alert', 'movi', 'credit', 'code', 'config', 'pull', 'request', 'listrepo']);
const parse = (query: string) => Object.fromEntries(parseSearchQuery({ query, known: (term) => apiWords.has(term) }));

describe('parseSearchQuery', () => {
  it('adds the family of an action word and keeps the word at a lower weight', () => {
    expect(parse('remove the alert')).toEqual({ 'action:delete': 0.6, remov: 0.3, alert: 1, removealert: 1 });
  });

  it('joins neighbouring words as the API joins them in identifiers, not across a value or punctuation', () => {
    expect(parse('payment methods, of Blade Runner')).toEqual({ 'intent:lookup': 0.8, blade: 0.2, runner: 0.2, payment: 1, method: 1, paymentmethod: 1 });
  });

  it('reads a number as a value, without a lookup: an id is fetched as it is', () => {
    expect(parse('commits in pull request 120')).toEqual({ commit: 1, pull: 1, request: 1, '120': 0.2, commitspul: 1, pullrequest: 1 });
  });

  it('leaves out negations and time fillers ("no longer", "anymore"), which are not what the operation does', () => {
    expect(parse('destroy a server I no longer need')).toEqual({ 'action:delete': 0.6, destroy: 0.3, server: 1, destroyserv: 1 });
    expect(parse("we don't use the alert anymore")).toEqual({ alert: 1 });
  });

  it('reads a capitalised name the API does not know as a value to look up', () => {
    expect(parse('credits of the movie Blade Runner')).toEqual({ 'intent:lookup': 0.8, blade: 0.2, runner: 0.2, credit: 1, movi: 1, creditsmovi: 1 });
    expect(parse('credits of "Blade Runner"')).toEqual({ 'intent:lookup': 0.8, blade: 0.2, runner: 0.2, credit: 1 });
  });

  it('keeps product words at full weight when the API knows them, capitalised or not', () => {
    expect(parse('list my Dependabot alerts')).toEqual({ 'action:list': 0.6, list: 0.3, dependabot: 1, alert: 1, listdependabot: 1, dependabotalert: 1 });
    expect(parse('stop a Codespace')).toEqual({ 'action:cancel': 0.6, stop: 0.3, codespac: 1, stopcodespac: 1 });
  });

  it('reads an identifier as a value unless the API knows it whole or knows all of its parts', () => {
    expect(parse('code that calls parseConfig')).toEqual({ 'intent:lookup': 0.8, pars: 0.2, config: 0.2, parseconfig: 0.2, code: 1, call: 1, codecal: 1 });
    expect(parse('every pull_request')).toEqual({ 'action:list': 0.6, pull: 1, request: 1, pullrequest: 1 });
    expect(parse('show invoice in_42')).toEqual({ 'action:get': 0.6, show: 0.3, invoic: 1, '42': 0.2, in42: 0.2, showinvoic: 1 });
    expect(parse('what does listRepos take')).toEqual({ 'action:list': 0.6, list: 0.3, repo: 1, listrepo: 1, take: 1, repostak: 1 });
  });

  it("adds the word file at half weight for a file's name, known to the API or not, and keeps a full-weight file", () => {
    expect(parse('open contract.docx')).toEqual({ 'action:create': 0.6, open: 0.3, 'intent:lookup': 0.8, contract: 0.2, docx: 0.2, file: 0.5 });
    expect(parse('the file config.yml')).toMatchObject({ file: 1 });
    expect(parse('code in config.json')).toMatchObject({ file: 0.5, code: 1 });
  });
});
