import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadApiServer, type ToolDescriptor } from './index';
import { allPropertyKeys } from '@apiwire/fixtures';

const specs = (name: string) => fileURLToPath(new URL(`../../../fixtures/specs/${name}`, import.meta.url));
const digitalOcean = fileURLToPath(new URL('../../../../shared/corpus/multifile/digitalocean/specification/DigitalOcean-public.v2.yaml', import.meta.url));
const providerSafe = /^[a-zA-Z0-9_-]{1,64}$/;
const safeKey = /^[a-zA-Z0-9_.-]{1,64}$/;
const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function expectValidTools(tools: ToolDescriptor[]): void {
  expect(new Set(tools.map((tool) => tool.name)).size).toBe(tools.length);
  expect(new Set(tools.map((tool) => tool.id)).size).toBe(tools.length);
  for (const tool of tools) {
    expect(tool.name).toMatch(providerSafe);
    expect(tool.description.length).toBeGreaterThan(0);
    expect(tool.description.length).toBeLessThanOrEqual(1024);
    expect(tool.inputSchema.type).toBe('object');
    for (const key of Object.keys(tool.inputSchema.properties ?? {})) expect(key).toMatch(safeKey);
  }
  // Providers check property keys at every depth, not only the top level.
  const unsafe = tools.flatMap((tool) => allPropertyKeys(tool.inputSchema).filter((key) => !safeKey.test(key)).map((key) => `${tool.name}: ${key}`));
  expect(unsafe).toEqual([]);
}

/** Every path/query/header/cookie parameter of the document, per `METHOD /path`, refs followed. */
function declaredParameters(document: Record<string, any>): Map<string, Array<{ in: string; name: string }>> {
  const resolve = (node: any): any => {
    while (node && typeof node.$ref === 'string') {
      node = node.$ref.slice(2).split('/').map((segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~')).reduce((value: any, key: string) => value?.[key], document);
    }
    return node;
  };
  const out = new Map<string, Array<{ in: string; name: string }>>();
  for (const [path, item] of Object.entries<any>(document.paths)) {
    for (const method of methods) {
      if (!item[method]) continue;
      const merged = new Map<string, { in: string; name: string }>();
      for (const entry of [...(item.parameters ?? []), ...(item[method].parameters ?? [])]) {
        const parameter = resolve(entry);
        merged.set(`${parameter.in}:${parameter.name}`, { in: parameter.in, name: parameter.name });
      }
      out.set(`${method.toUpperCase()} ${path}`, [...merged.values()]);
    }
  }
  return out;
}

describe('real specs', () => {
  it('GitHub 2022: every operation loads and every parameter of every operation is in its input schema', async () => {
    const text = await readFile(specs('github-2022-07.json'), 'utf8');
    const github = await loadApiServer({ name: 'github', spec: text });
    expect(github.baseUrl).toBe('https://api.github.com');
    const declared = declaredParameters(JSON.parse(text));
    expect(github.tools).toHaveLength(declared.size);
    expect(declared.size).toBe(874);
    expectValidTools(github.tools);
    let counted = 0;
    const missing: string[] = [];
    for (const tool of github.tools) {
      const key = `${tool.operation.method} ${tool.operation.path}`;
      const keys = new Set(Object.keys(tool.inputSchema.properties ?? {}));
      for (const parameter of declared.get(key) ?? []) {
        if (parameter.in === 'header' && ['accept', 'content-type', 'authorization'].includes(parameter.name.toLowerCase())) continue;
        counted++;
        if (!keys.has(parameter.name) && !keys.has(`${parameter.in}_${parameter.name}`)) missing.push(`${key} ${parameter.in}:${parameter.name}`);
      }
    }
    expect(counted).toBe(2_419);
    expect(missing).toEqual([]);
    const listIssues = github.tool('github.issues_list_for_repo')!;
    expect(Object.keys(listIssues.inputSchema.properties!)).toEqual(
      expect.arrayContaining(['owner', 'repo', 'milestone', 'state', 'assignee', 'creator', 'mentioned', 'labels', 'sort', 'direction', 'since', 'per_page', 'page']),
    );
    expect(listIssues.inputSchema.required).toEqual(['owner', 'repo']);
  }, 120_000);

  it('Stripe 2023: all operations load with unique, valid names; form bodies spread; recursion kept in $defs', async () => {
    const stripe = await loadApiServer({ name: 'stripe', spec: specs('stripe-2023-09-12.yaml') });
    expect(stripe.tools).toHaveLength(468);
    expectValidTools(stripe.tools);
    expect(stripe.warnings).toEqual([]);
    const createCustomer = stripe.tool('stripe_post_customers')!;
    expect(createCustomer.operation).toMatchObject({ method: 'POST', path: '/v1/customers' });
    expect(Object.keys(createCustomer.inputSchema.properties!)).toEqual(expect.arrayContaining(['email', 'name', 'metadata', 'address', 'expand']));
    expect(createCustomer.description).not.toMatch(/<\/?p>/);
    for (const tool of stripe.tools) expect(tool.zodSchema).toBeDefined();
  }, 180_000);

  it('readme.io fixtures: polymorphism, circular schemas, 3.1 types, Swagger 2.0 and uploads all load', async () => {
    for (const file of [
      'readmeio-oas3.0_polymorphism.json',
      'readmeio-oas3.0_schema-circular.json',
      'readmeio-oas3.1_schema-types.json',
      'readmeio-oas2.0_petstore-expanded.json',
      'readmeio-oas3.0_file-uploads.json',
      'readmeio-oas3.0_parameters-style.json',
    ]) {
      const server = await loadApiServer({ name: 'fixture', spec: specs(file), baseUrl: 'https://api.test' });
      expect(server.tools.length, file).toBeGreaterThan(0);
      expectValidTools(server.tools);
      for (const tool of server.tools) {
        void tool.outputSchema;
        void tool.zodSchema;
      }
    }
  });

  it.skipIf(!existsSync(digitalOcean))('DigitalOcean: a spec split over ~2,900 files loads whole', async () => {
    const digitalocean = await loadApiServer({ name: 'do', spec: digitalOcean });
    expect(digitalocean.baseUrl).toBe('https://api.digitalocean.com');
    expect(digitalocean.tools.length).toBeGreaterThan(400);
    expectValidTools(digitalocean.tools);
    const createDroplet = digitalocean.tools.find((tool) => tool.operation.operationId === 'droplets_create')!;
    expect(JSON.stringify(createDroplet.inputSchema)).toContain('region');
  }, 180_000);
});
