import { githubPullsSpecPath, startPullsServer, type FixtureServer } from '@apiwire/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadApiServer, toModelView, type ToolDescriptor } from '../index';

let pulls: FixtureServer;
let tool: ToolDescriptor;

beforeAll(async () => {
  pulls = await startPullsServer();
  const github = await loadApiServer({ name: 'github', spec: githubPullsSpecPath, baseUrl: pulls.url, operations: { include: ['pulls/list'] } });
  tool = github.tool('github_pulls_list')!;
});
afterAll(async () => {
  await pulls.close();
});

describe('a response over the 1 MiB cap', () => {
  it('keeps the bytes received in the ToolResult, and the model reads its whole items as valid JSON with the inputs for the rest', async () => {
    const input = { owner: 'octocat', repo: 'hello-world', per_page: 100 };
    const result = await tool.invoke(input);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.truncated).toBe(true);
    expect(result.totalBytes).toBeGreaterThan(2_000_000); // 100 pull requests of the spec's example, declared by Content-Length
    expect(typeof result.data).toBe('string');
    expect(Buffer.byteLength(result.data as string)).toBeLessThanOrEqual(1024 * 1024);
    expect((result.data as string).startsWith('[{"url":')).toBe(true);

    const view = await toModelView({ result, tool, input });
    expect(view.type).toBe('json');
    const shown = JSON.parse(view.text) as { note: string; result: Array<{ number: number }> };
    const count = shown.result.length;
    expect(shown.result.map((pull) => pull.number)).toEqual(Array.from({ length: count }, (_, index) => index + 1));
    expect(shown.note).toMatch(new RegExp(`^Showing ${count} of the \\d+ items received \\(cut to fit 8000 tokens\\)\\.`));
    expect(shown.note).toContain(`To get the items after these, call github_pulls_list again with the same inputs and {"page":2,"per_page":${count}}.`);
    expect(shown.note).toContain(`The API sent more than the response size limit (${result.totalBytes} bytes); only the start was received.`);
    const next = await tool.invoke({ ...input, page: 2, per_page: count });
    expect(next.ok && (next.data as Array<{ number: number }>)[0].number).toBe(count + 1);
  });

  it('with a budget larger than what was received, every whole item received is shown and the rest named', async () => {
    const input = { owner: 'octocat', repo: 'hello-world', per_page: 100 };
    const result = await tool.invoke(input);
    const view = await toModelView({ result, tool, input, results: { maxTokens: 2_000_000, compact: false } });
    const shown = JSON.parse(view.text) as { note: string; result: Array<{ number: number }> };
    const received = shown.result.length;
    expect(received).toBeGreaterThan(40);
    expect(received).toBeLessThan(100);
    expect(shown.note).toMatch(new RegExp(`^Showing ${received} of the ${received} items received\\. To get the items after these, call github_pulls_list again with the same inputs and \\{"page":2,"per_page":${received}\\}\\.`));
  });

  it('does not call an object empty when the cut fell inside it', async () => {
    const view = await toModelView({ result: { ok: true, status: 200, contentType: 'application/json', data: '{"id":1,"name":"","owner":{"login":"oc', truncated: true } });
    expect(view.value).toEqual({ note: 'The API sent more than the response size limit; only the start was received.', result: { id: 1, name: '', owner: {} } });
  });
});
