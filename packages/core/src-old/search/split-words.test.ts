import { describe, expect, it } from 'vitest';
import { splitWords } from './split-words';

describe('splitWords', () => {
  it('splits camelCase, snake, kebab, paths and acronyms', () => {
    expect(splitWords('listInvoicesForOrg')).toEqual(['list', 'invoices', 'for', 'org']);
    expect(splitWords('repos/list-for-org')).toEqual(['repos', 'list', 'for', 'org']);
    expect(splitWords('/repos/{owner}/pull_requests')).toEqual(['repos', 'owner', 'pull', 'requests']);
    expect(splitWords('getHTTPServer v2Token')).toEqual(['get', 'http', 'server', 'v', '2', 'token']);
    expect(splitWords("Get Artist's Albums")).toEqual(['get', 'artist', 's', 'albums']);
  });
});
