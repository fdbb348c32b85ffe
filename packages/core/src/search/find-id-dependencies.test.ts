import { describe, expect, it } from 'vitest';
import type { HttpMethod, ToolDescriptor } from '../index';
import { findIdDependencies } from './find-id-dependencies';

const tool = (method: HttpMethod, path: string, summary?: string) =>
  ({ name: path, id: path, server: 's', description: '', inputSchema: {}, operation: { method, path, summary, tags: [], deprecated: false } }) as unknown as ToolDescriptor;

describe('findIdDependencies', () => {
  it('finds the resources whose ids a path needs and the reads that supply them', () => {
    const tools = [
      tool('GET', '/movie/{movie_id}/credits'),
      tool('GET', '/search/movie'),
      tool('GET', '/movie/popular'),
      tool('GET', '/albums/{id}/tracks'),
      tool('GET', '/artists/{id}/albums'),
      tool('POST', '/users/{user_id}/playlists'),
      tool('GET', '/me', "Get Current User's Profile"),
      tool('GET', '/users/{user_id}'),
      tool('GET', '/tv/{tv_id}/season/{season_number}'),
      tool('DELETE', '/albums'),
    ];
    const { needs, providers } = findIdDependencies(tools);
    expect(needs).toEqual([['movi'], [], [], ['album'], ['artist'], ['user'], [], ['user'], ['tv'], []]);
    const suppliers = (resource: string) => (providers.get(resource) ?? []).map(({ index, affinity }) => [tools[index].operation.path, affinity]);
    expect(suppliers('movi')).toEqual([['/search/movie', 1], ['/movie/popular', 1]]);
    expect(suppliers('album')).toEqual([['/artists/{id}/albums', 1]]);
    expect(suppliers('user')).toEqual([['/me', 0.5]]);
  });
});
