import { beforeAll, describe, expect, it } from 'vitest';
import { githubPullsSpecPath } from '@apiwire/fixtures';
import type { ApiServer } from '../index';
import { loadApiServer } from '../index';
import { createSearchIndex, type SearchIndex } from './create-search-index';
import { findNamedTools } from './find-named-tools';

describe('findNamedTools over GitHub 2022 (874 operations)', () => {
  let github: ApiServer;
  let index: SearchIndex;
  beforeAll(async () => {
    github = await loadApiServer({ name: 'github', spec: githubPullsSpecPath, baseUrl: 'http://127.0.0.1:9' });
    index = createSearchIndex(github.tools);
  });

  it('names each tool by its name, dotted id, name without the prefix and operationId, case and quotes aside', () => {
    const named = findNamedTools(github.tools);
    const forks = github.tools.findIndex((tool) => tool.operation.operationId === 'repos/create-fork');
    expect(github.tools[forks].name).toBe('github_repos_create_fork');
    for (const query of ['github_repos_create_fork', 'github.repos_create_fork', 'repos_create_fork', 'repos/create-fork', ' `REPOS/Create-Fork` ', '"github_repos_create_fork"']) {
      expect(named(query), query).toEqual([forks]);
    }
    expect(named('create fork')).toEqual([]);
    expect(named('')).toEqual([]);
  });

  it('finds each tool alone when the query is its name, its id or its operationId', () => {
    // words alone put only 527 of the 874 names first: `github_apps_get_authenticated` lost to an OAuth grant
    for (const [at, tool] of github.tools.entries()) {
      for (const query of [tool.name, tool.id, tool.operation.operationId ?? tool.name]) {
        expect(index.rank({ query, limit: 5 }), query).toEqual([{ index: at, score: expect.any(Number), coverage: 1, named: true }]);
      }
    }
  });

  it('keeps to the tools searched among and ranks the rest of the query as before', () => {
    const at = github.tools.findIndex((tool) => tool.name === 'github_repos_create_fork');
    const among = new Set(github.tools.map((_, position) => position).filter((position) => position !== at));
    const hits = index.rank({ query: 'github_repos_create_fork', limit: 5, among });
    expect(hits.map((hit) => hit.index)).not.toContain(at);
    expect(hits.length).toBeGreaterThan(0);
    const plain = index.rank({ query: 'fork a repository', limit: 3 });
    expect(github.tools[plain[0].index].name).toBe('github_repos_create_fork');
  });
});
