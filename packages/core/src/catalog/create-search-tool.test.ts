import { beforeAll, describe, expect, it } from 'vitest';
import { billingSpecPath, librarySpecPath } from '@apiwire/fixtures';
import type { ApiServer, SearchToolsResult } from '../index';
import { createSearchTool, createToolCatalog, loadApiServer } from '../index';
import { loadPaths } from '../../test/load-paths';

let billing: ApiServer;

beforeAll(async () => {
  billing = await loadApiServer({ name: 'billing', spec: billingSpecPath, baseUrl: 'http://127.0.0.1:9' });
});

describe('search_tools', () => {
  it('tells the model to search by resource and action', () => {
    const search = createSearchTool(createToolCatalog([billing]));
    expect(search.description).toContain('the resource and the action');
    expect(search.description).toContain('A tool\'s exact name or an endpoint ("GET /users/{id}") finds that tool alone.');
    expect(search.inputSchema.properties?.query?.description).toContain('resource and the action');
  });

  it('asks the model to name the API it means when the searched tools come from several', async () => {
    const library = await loadApiServer({ name: 'library', spec: librarySpecPath, baseUrl: 'http://127.0.0.1:9' });
    const several = createSearchTool(createToolCatalog([billing, library]), { scope: 'all' });
    expect(several.description).toContain('several APIs (billing, library): start the query with the one you mean, as in "billing: list items"');
    expect(createSearchTool(createToolCatalog([billing])).description).not.toContain('several APIs');
    // named, the API's tools (three) come first, before billing's invoice items
    const { result } = await several.execute({ query: 'library: list items' }, { revealed: [] });
    expect((result as SearchToolsResult).tools.slice(0, 3).map((tool) => tool.name).sort()).toEqual(library.tools.map((tool) => tool.name).sort());
  });

  it('gives each match its name, first description line and required inputs', async () => {
    const search = createSearchTool(createToolCatalog([billing]), { scope: 'all' });
    const { result, revealed } = await search.execute({ query: 'refund a payment', limit: 1 }, { revealed: [] });
    const [found] = (result as SearchToolsResult).tools;
    expect(found.name).toBe('billing_create_refund');
    expect(found.description).not.toContain('\n');
    expect(found.description.length).toBeLessThanOrEqual(160);
    expect(found.requiredInputs).toEqual(
      (billing.tool('billing_create_refund')!.inputSchema.required as string[]).map(
        (name) => `${name}: ${billing.tool('billing_create_refund')!.inputSchema.properties![name].type}`,
      ),
    );
    expect(found.requiredInputs.length).toBeGreaterThan(0);
    expect(found.inputSchema).toEqual(billing.tool('billing_create_refund')!.inputSchema);
    expect(revealed).toEqual(['billing_create_refund']);
  });

  it('leaves the input schemas out with inputSchemas: false, for an adapter that offers the revealed tools itself', async () => {
    const search = createSearchTool(createToolCatalog([billing]), { scope: 'all', inputSchemas: false });
    const { result, revealed } = await search.execute({ query: 'refund a payment', limit: 3 }, { revealed: [] });
    const { tools } = result as SearchToolsResult;
    expect(tools.map((tool) => tool.name)).toContain('billing_create_refund');
    for (const tool of tools) expect(Object.keys(tool)).toEqual(['name', 'description', 'requiredInputs']);
    expect(revealed).toEqual(tools.map((tool) => tool.name));
  });

  it('says nothing matched well, and reveals nothing, when the best match covers too little of the query', async () => {
    const search = createSearchTool(createToolCatalog([billing]), { scope: 'all' });
    const { result, revealed } = await search.execute({ query: 'book a flight, a hotel room and a rental car for the invoice' }, { revealed: ['kept'] });
    expect(result).toEqual({ tools: [], note: expect.stringMatching(/^Nothing matched "book a flight, a hotel room and a rental car for the invoice" well/) });
    // the note names the areas searched, in the API's words, for the next query
    expect((result as SearchToolsResult).note).toMatch(/Areas searched: billing: [a-z]+(, [a-z]+)+\.$/);
    expect(revealed).toEqual(['kept']);
    const lenient = createSearchTool(createToolCatalog([billing]), { scope: 'all', minCoverage: 0 });
    const weak = ((await lenient.execute({ query: 'book a flight, a hotel room and a rental car for the invoice' }, { revealed: [] })).result as SearchToolsResult).tools;
    expect(weak.length).toBeGreaterThan(0);
    // the note names the weak matches without revealing them
    const closest = weak.map((tool) => tool.name);
    expect((result as SearchToolsResult).note).toContain(`Closest, matched weakly and not shown: ${closest.join(', ')}; to use one, search for its exact name.`);
  });

  it('finds a tool the note named when the model searches for its exact name, and reveals it', async () => {
    const search = createSearchTool(createToolCatalog([billing]), { scope: 'all' });
    const { result } = await search.execute({ query: 'book a flight, a hotel room and a rental car for the invoice' }, { revealed: [] });
    const named = /Closest, matched weakly and not shown: ([a-z_]+)/.exec((result as SearchToolsResult).note ?? '')?.[1];
    expect(named).toMatch(/^billing_/);
    const again = await search.execute({ query: named! }, { revealed: ['kept'] });
    expect((again.result as SearchToolsResult).tools[0].name).toBe(named);
    expect(again.revealed).toEqual(expect.arrayContaining(['kept', named]));
  });

  it('shows what a request made only of an action and names found: word coverage has nothing to judge it by', async () => {
    const ok = { '200': { description: 'ok' } };
    const org = await loadPaths({
      name: 'org',
      paths: {
        '/accounts/{id}/move': { post: { operationId: 'moveAccount', summary: 'Move an account to another unit', responses: ok } },
        '/accounts': { get: { operationId: 'listAccounts', summary: 'List accounts', responses: ok } },
      },
    });
    const search = createSearchTool(createToolCatalog([org]), { scope: 'all' });
    const { result } = await search.execute({ query: 'move 111122223333 from Sandbox into Workloads' }, { revealed: [] });
    expect((result as SearchToolsResult).tools.map((tool) => tool.name)).toEqual(['org_move_account']);
  });
});
