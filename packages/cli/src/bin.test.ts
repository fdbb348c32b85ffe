import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { billingSpecPath, startBillingServer } from '@apiwire/fixtures';
import { runBin } from '../test/run-bin';

const token = 'sk_test_cli';
const billing = await startBillingServer({ token });
const auth = ['--header', `Authorization: Bearer ${token}`];
const scratch = mkdtempSync(join(tmpdir(), 'apiwire-cli-'));

beforeEach(() => billing.reset());
afterAll(async () => {
  await billing.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('apiwire (built bin, child process)', () => {
  it('prints help for the program and for every command', async () => {
    const main = await runBin(['--help']);
    expect(main.code).toBe(0);
    for (const command of ['inspect', 'search', 'call', 'codegen']) {
      expect(main.stdout).toContain(`  ${command}`);
      const help = await runBin([command, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: apiwire ${command} <spec>`));
    }
    expect((await runBin([])).code).toBe(2);
    const unknown = await runBin(['inspekt']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'inspekt'");
  });

  it('inspect --json: tools, flags and token totals after filters', async () => {
    const result = await runBin([
      'inspect', billingSpecPath, '--json', '--exclude', 'tag:admin', '--approve', 'mutating', '--defer', 'tag:reports',
    ]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.name).toBe('billing');
    expect(report.counts).toEqual({ tools: 25, visible: 22, deferred: 3 });
    expect(report.tools.some((tool: { path: string }) => tool.path.startsWith('/admin'))).toBe(false);
    expect(report.tools.filter((tool: { deferred: boolean }) => tool.deferred).map((tool: { name: string }) => tool.name)).toEqual([
      'billing_get_revenue_report', 'billing_get_aging_report', 'billing_export_invoices',
    ]);
    for (const tool of report.tools) {
      expect(tool.requiresApproval).toBe(['POST', 'PUT', 'PATCH', 'DELETE'].includes(tool.method));
      expect(tool.tokens).toBeGreaterThan(10);
    }
    const sum = (tools: Array<{ tokens: number }>) => tools.reduce((total, tool) => total + tool.tokens, 0);
    expect(report.tokens.allTools).toBe(sum(report.tools));
    const visible = report.tools.filter((tool: { deferred: boolean }) => !tool.deferred);
    expect(report.tokens.firstModelCall).toBe(sum(visible) + report.tokens.metaTools.search_tools + report.tokens.metaTools.call_tool);
    expect(report.tokens.metaTools.call_tool).toBeGreaterThan(0);
    expect(report.warnings).toEqual([]);
  });

  it('inspect prints a table with totals', async () => {
    const result = await runBin(['inspect', billingSpecPath, '--defer', 'all']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Billing API 1\.4\.0: 30 tools \(0 visible, 30 deferred\)/);
    expect(result.stdout).toMatch(/NAME +METHOD +PATH +APPROVAL +DEFERRED +TOKENS/);
    expect(result.stdout).toMatch(/billing_create_invoice +POST +\/invoices +- +yes +\d+/);
    expect(result.stdout).toMatch(/first model call +\d+ +\(0 visible tools \+ search_tools, call_tool\)/);
    expect(result.stdout).toContain('billing_search_customers (deprecated)');
  });

  it('inspect --include and --name pick and prefix tools; a bad selector is a usage error', async () => {
    const picked = await runBin(['inspect', billingSpecPath, '--json', '--name', 'acme', '--include', 'tag:refunds', '--include', 'getInvoice']);
    expect(picked.code).toBe(0);
    expect(JSON.parse(picked.stdout).tools.map((tool: { name: string }) => tool.name)).toEqual([
      'acme_get_invoice', 'acme_list_refunds', 'acme_create_refund', 'acme_get_refund',
    ]);
    const bad = await runBin(['inspect', billingSpecPath, '--include', 'FROB /x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('operations.include');
  });

  it('--defer true defers everything; a selector that matches nothing is reported; a mistyped --approve stops', async () => {
    const deferred = JSON.parse((await runBin(['inspect', billingSpecPath, '--json', '--defer', 'true'])).stdout);
    expect(deferred.counts).toEqual({ tools: 30, visible: 0, deferred: 30 });
    const typo = await runBin(['inspect', billingSpecPath, '--json', '--defer', 'tag:reportz']);
    expect(JSON.parse(typo.stdout).warnings).toEqual([{ pointer: '', message: 'operations.defer: selector "tag:reportz" matches no operation (a typo?)' }]);
    const search = await runBin(['search', billingSpecPath, 'refund', '--defer', 'tag:reportz']);
    expect(search.code).toBe(0);
    expect(search.stderr).toContain('Warning: operations.defer: selector "tag:reportz" matches no operation');
    const approve = await runBin(['inspect', billingSpecPath, '--approve', 'mutating', '--approve', 'createRefundd']);
    expect(approve.code).toBe(2);
    expect(approve.stderr).toContain('operations.requireApproval: matches no operation');
    const mixed = JSON.parse((await runBin(['inspect', billingSpecPath, '--json', '--approve', 'mutating', '--approve', 'getRefund'])).stdout);
    expect(mixed.tools.filter((tool: { requiresApproval: boolean }) => tool.requiresApproval)).toHaveLength(
      mixed.tools.filter((tool: { method: string }) => tool.method !== 'GET').length + 1,
    );
  });

  it('search ranks operations for a request', async () => {
    const result = await runBin(['search', billingSpecPath, 'refund a payment', '--limit', '3', '--json']);
    expect(result.code).toBe(0);
    const matches = JSON.parse(result.stdout);
    expect(matches).toHaveLength(3);
    expect(matches[0].name).toBe('billing_create_refund');
    expect(matches[0].score).toBeGreaterThanOrEqual(matches[1].score);
    const table = await runBin(['search', billingSpecPath, 'export invoices as csv']);
    expect(table.stdout.split('\n')[2]).toMatch(/^ *1 +\d+\.\d\d +billing_export_invoices +GET \/reports\/invoices\/export/);
    expect((await runBin(['search', billingSpecPath])).code).toBe(2);
    expect((await runBin(['search', billingSpecPath, 'x', '--limit', 'many'])).code).toBe(2);
  });

  it('search reads your own synonyms from --synonym', async () => {
    const plain = await runBin(['search', billingSpecPath, 'remove a patron', '--json']);
    expect(JSON.parse(plain.stdout)).toEqual([]);
    const own = await runBin(['search', billingSpecPath, 'remove a patron', '--synonym', 'patron, customer', '--json']);
    expect(JSON.parse(own.stdout)[0].name).toBe('billing_delete_customer');
    const bad = await runBin(['search', billingSpecPath, 'remove a patron', '--synonym', 'patron']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--synonym needs two or more words');
  });

  it('call sends one real form-encoded request and prints it with the secret masked', async () => {
    const input = { amount: 5000, currency: 'usd', customer: 'cus_1', metadata: { order: '42' } };
    const result = await runBin([
      'call', billingSpecPath, 'billing_create_payment', '--base-url', billing.url, ...auth, '--input', JSON.stringify(input),
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(billing.requests).toHaveLength(1);
    const [request] = billing.requests;
    expect(request).toMatchObject({ method: 'POST', path: '/payments' });
    expect(request.headers.authorization).toBe(`Bearer ${token}`);
    expect(new URLSearchParams(request.body).get('metadata[order]')).toBe('42');
    expect(result.stdout).toContain(`→ POST ${billing.url}/payments`);
    expect(result.stdout).toContain('authorization: Bearer ***');
    expect(result.stdout).not.toContain(token);
    expect(result.stdout).toContain('metadata%5Border%5D=42');
    expect(result.stdout).toContain('← 201 application/json');
    expect(result.stdout).toContain('"id": "pay_3"');
  });

  it('call --json, by operationId, with @file and stdin input', async () => {
    const file = join(scratch, 'input.json');
    writeFileSync(file, JSON.stringify({ invoiceId: 'in_1' }));
    const result = await runBin(['call', billingSpecPath, 'getInvoice', '--base-url', billing.url, ...auth, '--input', `@${file}`, '--json']);
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.tool).toBe('billing_get_invoice');
    expect(output.result).toMatchObject({ ok: true, status: 200, data: { id: 'in_1', total: 120000 } });
    expect(output.request).toMatchObject({ method: 'GET', url: `${billing.url}/invoices/in_1` });
    const piped = await runBin(['call', billingSpecPath, 'billing_get_customer', '--base-url', billing.url, ...auth, '--input', '-', '--json'], {
      stdin: '{"id":"cus_2"}',
    });
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.stdout).result.data).toMatchObject({ id: 'cus_2', name: 'Globex GmbH' });
  });

  it('call exits 1 on an HTTP error and on invalid input (sending nothing)', async () => {
    const missing = await runBin(['call', billingSpecPath, 'billing_get_invoice', '--base-url', billing.url, ...auth, '--input', '{"invoiceId":"in_404"}']);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('✗ http_error (404)');
    expect(missing.stdout).toContain('No such invoice: in_404');
    billing.reset();
    const invalid = await runBin(['call', billingSpecPath, 'billing_get_invoice', '--base-url', billing.url, ...auth, '--input', '{"invoiceId":5}']);
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toContain('→ nothing was sent');
    expect(invalid.stdout).toMatch(/✗ invalid_input: .*invoiceId/);
    expect(billing.requests).toEqual([]);
  });

  it('call keeps approval-gated tools shut without --yes', async () => {
    const args = ['call', billingSpecPath, 'billing_void_invoice', '--base-url', billing.url, ...auth, '--approve', 'mutating', '--input', '{"invoiceId":"in_1"}'];
    const denied = await runBin(args);
    expect(denied.code).toBe(1);
    expect(denied.stdout).toContain('✗ denied');
    expect(billing.requests).toEqual([]);
    const approved = await runBin([...args, '--yes']);
    expect(approved.code).toBe(0);
    expect(billing.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /invoices/in_1/void']);
  });

  it('fails clearly on unknown tools, bad JSON, bad options and bad specs', async () => {
    const unknown = await runBin(['call', billingSpecPath, 'billing_get_invoce', '--base-url', billing.url]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("unknown tool 'billing_get_invoce'");
    expect(unknown.stderr).toContain('Did you mean: billing_get_invoice');
    const badJson = await runBin(['call', billingSpecPath, 'billing_get_invoice', '--base-url', billing.url, '--input', '{bad']);
    expect(badJson.code).toBe(2);
    expect(badJson.stderr).toContain('--input is not valid JSON');
    expect((await runBin(['call', billingSpecPath, 'billing_get_invoice', '--input', '[1]'])).code).toBe(2);
    expect((await runBin(['inspect', billingSpecPath, '--frobnicate'])).code).toBe(2);
    expect((await runBin(['inspect', billingSpecPath, '--header', 'no-colon'])).code).toBe(2);
    expect(billing.requests).toEqual([]);

    const noFile = await runBin(['inspect', join(scratch, 'missing.yaml')]);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain('No such file');
    const broken = join(scratch, 'broken.yaml');
    writeFileSync(broken, 'openapi: 3.0.3\ninfo: { title: Broken, version: "1" }\nservers: [{ url: "http://x.test" }]\npaths:\n  /a:\n    get:\n      parameters: [{ $ref: "#/components/parameters/Nope" }]\n      responses: { "200": { description: ok } }\n');
    const bad = await runBin(['inspect', broken]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^Error: the spec cannot be used: .*Nope.*\(at #\/paths\/~1a\/get\/parameters\/0/);
    const noPaths = join(scratch, 'no-paths.yaml');
    writeFileSync(noPaths, 'openapi: 3.0.3\ninfo: { title: Empty, version: "1" }\n');
    const empty = await runBin(['codegen', noPaths]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/\(at #\/paths in /);
    const yaml = join(scratch, 'invalid.yaml');
    writeFileSync(yaml, 'openapi: 3.0.3\ninfo: [unclosed\n');
    const invalid = await runBin(['search', yaml, 'anything']);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('Error: the spec cannot be used');
  });

  it('inspects a spec without servers (listing its warnings), but will not call it without --base-url', async () => {
    const spec = join(scratch, 'no-servers.yaml');
    writeFileSync(
      spec,
      'openapi: 3.0.3\ninfo: { title: Bare, version: "2" }\npaths:\n  /ping:\n    get:\n      operationId: ping\n' +
        '      parameters: [{ in: query, schema: { type: string } }]\n      responses: { "200": { description: ok } }\n',
    );
    const inspect = await runBin(['inspect', spec]);
    expect(inspect.code).toBe(0);
    expect(inspect.stderr).toMatch(/^Note: the spec has no absolute server URL .*pass --base-url/);
    expect(inspect.stdout).toMatch(/^Bare 2: 1 tools .*base URL http:\/\/base-url\.invalid/);
    expect(inspect.stdout).toMatch(/bare_ping +GET +\/ping/); // named after info.title, not the file (no-servers.yaml)
    expect(inspect.stdout).toMatch(/Warnings \(1\):\n {2}GET \/ping: .*without a name.* \(#\/paths\/~1ping\/get\/parameters\/0\)/);
    const call = await runBin(['call', spec, 'ping']);
    expect(call.code).toBe(1);
    expect(call.stderr).toMatch(/^Error: the spec cannot be used: .*no servers.*\(at #\/servers/);
  });

  it('shows a progress line on stderr while a URL spec downloads', async () => {
    const { createServer } = await import('node:http');
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(billingSpecPath, 'utf8');
    const server = createServer((_, response) => response.end(text));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const address = server.address() as { port: number };
      const result = await runBin(['inspect', `http://127.0.0.1:${address.port}/billing.yaml`, '--json']);
      expect(result.code).toBe(0);
      expect(result.stderr).toMatch(/^Downloading http:\/\/127\.0\.0\.1:\d+\/billing\.yaml …\nLoaded 30 tools in \d+ ms\n$/);
      expect(JSON.parse(result.stdout).name).toBe('billing');
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
