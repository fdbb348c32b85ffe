import { beforeAll, describe, expect, it } from 'vitest';
import { githubPullsSpecPath } from '@apiwire/fixtures';
import type { ApiServer } from '../index';
import { createToolCatalog, loadApiServer } from '../index';
import { loadPaths } from '../../test/load-paths';
import { findRoutedTools } from './find-routed-tools';

let github: ApiServer;
beforeAll(async () => {
  github = await loadApiServer({ name: 'github', spec: githubPullsSpecPath, baseUrl: 'http://127.0.0.1:9' });
});

const route = (tool: { operation: { method: string; path: string } }) => `${tool.operation.method} ${tool.operation.path}`;

describe('findRoutedTools over GitHub 2022 (874 operations)', () => {
  it("finds every operation alone by its method and path template, and ranks it so", () => {
    const find = findRoutedTools(github.tools);
    const catalog = createToolCatalog([github]);
    for (const [at, tool] of github.tools.entries()) {
      expect(find(route(tool)), route(tool)).toEqual([at]);
      expect(catalog.rank(route(tool), { limit: 5 }).map((match) => match.descriptor)).toEqual([tool]);
    }
  });

  it('matches values, router-style parameters, a URL, a base path, a query string and quotes', () => {
    const find = findRoutedTools(github.tools);
    const names = (query: string) => find(query).map((at) => github.tools[at].name);
    const pulls = ['github_pulls_list'];
    expect(names('GET /repos/octocat/hello-world/pulls')).toEqual(pulls);
    expect(names('get /repos/:owner/:repo/pulls')).toEqual(pulls);
    expect(names('GET https://api.github.com/repos/octocat/hello-world/pulls?state=open')).toEqual(pulls);
    expect(names('GET /api/v3/repos/octocat/hello-world/pulls')).toEqual(pulls);
    expect(names('`GET /repos/octocat/hello-world/pulls`')).toEqual(pulls);
    expect(names('POST /repos/octocat/hello-world/issues/12/comments')).toEqual(['github_issues_create_comment']);
    // no method: every operation of the route
    expect(names('/user/repos').sort()).toEqual(['github_repos_create_for_authenticated_user', 'github_repos_list_for_authenticated_user']);
    // a literal beats a parameter: /user/repos is not /users/{username}
    expect(names('GET /users/octocat')).toEqual(['github_users_get_by_username']);
  });

  it('finds nothing for what is not a route, or is no route of the API', () => {
    const find = findRoutedTools(github.tools);
    for (const query of ['list pull requests', 'pulls', 'show /docs/setup.md', 'GET /no/such/route/here', 'FETCH /user/repos', '']) {
      expect(find(query), query).toEqual([]);
    }
  });

  it('reads a segment with a parameter inside as a pattern, and prefers the template copied', async () => {
    const ok = { '200': { description: 'ok' } };
    const files = await loadPaths({
      name: 'files',
      paths: {
        '/files/{id}': { get: { operationId: 'getFile', responses: ok } },
        '/files/{id}.json': { get: { operationId: 'getFileJson', responses: ok } },
        '/compare/{basehead}': { get: { operationId: 'compare', responses: ok } },
        '/compare/{base}...{head}': { get: { operationId: 'compareRange', responses: ok } },
      },
    });
    const find = findRoutedTools(files.tools);
    const names = (query: string) => find(query).map((at) => files.tools[at].name);
    expect(names('GET /files/42.json')).toEqual(['files_get_file_json']);
    expect(names('GET /files/42')).toEqual(['files_get_file']);
    expect(names('GET /compare/main...dev')).toEqual(['files_compare_range']);
    expect(names('GET /compare/{basehead}')).toEqual(['files_compare']);
    expect(names('GET /compare/{base}...{head}')).toEqual(['files_compare_range']);
  });
});
