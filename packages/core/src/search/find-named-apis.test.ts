import { beforeAll, describe, expect, it } from 'vitest';
import { githubPullsSpecPath } from '@apiwire/fixtures';
import type { ApiServer } from '../index';
import { createToolCatalog, loadApiServer } from '../index';
import { loadPaths } from '../../test/load-paths';
import { findNamedApis } from './find-named-apis';
import { searchTerms } from './search-terms';

const ok = { '200': { description: 'ok' } };
/** An issue tracker of Jira's size (300 operations) with, in its own words, operations GitHub's API has too. */
const trackerPaths: Record<string, unknown> = {
  '/issue': { post: { operationId: 'createIssue', summary: 'Create issue', responses: ok } },
  '/issue/{key}/comment': {
    post: { operationId: 'addComment', summary: 'Add comment', parameters: [{ name: 'key', in: 'path', required: true, schema: { type: 'string' } }], responses: ok },
  },
  '/user/search': { get: { operationId: 'findUsers', summary: 'Find users', responses: ok } },
};
for (let at = 0; at < 297; at++) trackerPaths[`/board/${at}`] = { get: { operationId: `getBoard${at}`, summary: `Get board ${at}`, responses: ok } };
const terms = (text: string) => new Set(searchTerms({ text }));

let github: ApiServer;
let jira: ApiServer;
beforeAll(async () => {
  github = await loadApiServer({ name: 'github', spec: githubPullsSpecPath, baseUrl: 'http://127.0.0.1:9' });
  jira = await loadPaths({ name: 'jira', paths: trackerPaths });
});

describe('findNamedApis', () => {
  it('names the APIs of a catalog of several whose every word the request has, digits aside', async () => {
    const enterprise = await loadPaths({ name: 'github_enterprise2022', paths: trackerPaths });
    const named = findNamedApis([...github.tools, ...jira.tools, ...enterprise.tools]);
    expect(named(terms('create a jira issue'))).toEqual(new Set(['jira']));
    expect(named(terms('GitHub: search users'))).toEqual(new Set(['github']));
    expect(named(terms('our github enterprise issues'))).toEqual(new Set(['github', 'github_enterprise2022']));
    expect(named(terms('create an issue'))).toBeUndefined();
    expect(named(terms('move the jira issue to github enterprise'))).toBeUndefined();
  });

  it('names nothing in a catalog of one API', () => {
    expect(findNamedApis(jira.tools)(terms('create a jira issue'))).toBeUndefined();
  });
});

describe('ranking in a catalog of several APIs', () => {
  it("puts the named API's tools first where both APIs have the operation", () => {
    const catalog = createToolCatalog([github, jira]);
    const first = (query: string) => catalog.rank(query, { limit: 1 })[0].descriptor.name;
    // without the API's name GitHub's words win ("Search users" against "Find users")
    expect(first('search users')).toBe('github_search_users');
    expect(first('search jira users')).toBe('jira_find_users');
    expect(first('search github users')).toBe('github_search_users');
    expect(first('add a comment to the jira issue')).toBe('jira_add_comment');
    expect(first('comment on a github issue')).toMatch(/^github_(issues|reactions)_/);
    expect(first('create a jira issue')).toBe('jira_create_issue');
    expect(first('create a github issue')).toBe('github_issues_create');
  });

  it("counts the API's name as a word its tools cover", () => {
    const catalog = createToolCatalog([github, jira]);
    const [best] = catalog.rank('create a jira issue', { limit: 1 });
    expect(best.coverage).toBe(1);
  });
});

describe('a catalog of one API', () => {
  it("ranks a query led by the API's name as the query without it", async () => {
    const catalog = createToolCatalog([github]);
    const names = (query: string) => catalog.rank(query, { limit: 10 }).map((match) => match.descriptor.name);
    for (const query of ['create an issue', 'list pull requests for a repo', 'delete a webhook', 'star a repository']) {
      expect(names(`github: ${query}`), query).toEqual(names(query));
      expect(names(`  GitHub :${query}`), query).toEqual(names(query));
    }
    // a name with characters a regular expression would read
    const dotted = await loadPaths({ name: 'my.api+v2', paths: trackerPaths });
    const one = createToolCatalog([dotted]);
    expect(one.rank('my.api+v2: search users', { limit: 3 }).map((match) => match.descriptor.name)).toEqual(
      one.rank('search users', { limit: 3 }).map((match) => match.descriptor.name),
    );
  });
});
