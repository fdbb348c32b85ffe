import { describe, expect, it } from 'vitest';
import { loadPaths } from '../../test/load-paths';
import { createSearchIndex } from './create-search-index';
import { toolSearchFields } from './tool-search-fields';

const paths = {
  '/groups/{group_id}': {
    put: { summary: 'Update group', parameters: [{ name: 'group_id', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': { description: 'ok' } } },
  },
  '/group_memberships': { post: { summary: 'Add user to group', responses: { '201': { description: 'created' } } } },
  '/puts': { get: { operationId: 'putsList', summary: 'List puts', responses: { '200': { description: 'ok' } } } },
};

describe('toolSearchFields', () => {
  it('leaves the HTTP method out of a name made from method and path, and reads actions from it', async () => {
    const server = await loadPaths({ name: 'groups', paths });
    const [updateGroup, addMember, listPuts] = server.tools.map(toolSearchFields);
    // the whole name stays, so a query that names the tool exactly still finds it
    expect(updateGroup.name).toEqual(['group', 'group', 'id', 'putgroupsbygroupid']);
    expect(updateGroup.actions).toEqual(['action:update']);
    expect(addMember.name).toEqual(['group', 'membership', 'postgroupmembership']);
    expect(addMember.actions).toEqual(['action:create']);
    // an operationId that merely starts like a method word keeps it
    expect(listPuts.name[0]).toBe('put');
  });

  it('so "put Lisa into the group" finds adding a member, not the PUT that updates the group', async () => {
    const server = await loadPaths({ name: 'groups', paths });
    const [best] = createSearchIndex(server.tools).rank({ query: 'put Lisa into the Design group', limit: 1 });
    expect(server.tools[best.index].operation).toMatchObject({ method: 'POST', path: '/group_memberships' });
  });
});
