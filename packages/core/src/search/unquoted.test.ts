import { describe, expect, it } from 'vitest';
import { unquoted } from './unquoted';

describe('unquoted', () => {
  it('leaves out the spaces, quotes and backticks around a copied query, not those inside', () => {
    expect(unquoted('  `GET /users/{id}` ')).toBe('GET /users/{id}');
    expect(unquoted('"github_repos_get"')).toBe('github_repos_get');
    expect(unquoted("\"it's\"")).toBe("it's");
    expect(unquoted('plain words')).toBe('plain words');
  });
});
