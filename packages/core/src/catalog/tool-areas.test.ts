import { describe, expect, it } from 'vitest';
import type { ToolDescriptor } from '../tool-descriptor';
import { toolAreas } from './tool-areas';

const tool = (server: string, path: string, tags: string[] = []) => ({ server, operation: { path, tags } }) as unknown as ToolDescriptor;

describe('toolAreas', () => {
  it("lists a server's tags, those with the most operations first", () => {
    const tools = [tool('gh', '/repos/{o}/{r}/issues', ['issues']), tool('gh', '/repos/{o}/{r}/pulls', ['pulls']), tool('gh', '/repos/{o}/{r}/issues/{n}', ['issues'])];
    expect(toolAreas(tools)).toEqual(['gh: issues, pulls']);
  });

  it('falls back to the first resource of the paths when most operations have no tag', () => {
    const tools = [tool('pay', '/v1/customers/{id}'), tool('pay', '/v1/charges'), tool('pay', '/v1/customers', ['Customers']), tool('chat', '/chat.postMessage'), tool('chat', '/api/chat.update')];
    expect(toolAreas(tools)).toEqual(['pay: customers, charges', 'chat: chat']);
  });

  it('keeps at most max areas per server', () => {
    const tools = ['a', 'b', 'c', 'b'].map((tag) => tool('s', `/${tag}`, [tag]));
    expect(toolAreas(tools, { max: 2 })).toEqual(['s: b, a']);
  });
});
