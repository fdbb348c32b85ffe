import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadApiServer } from '@apiwire/core';
import { billingSpecPath, startBillingServer } from '@apiwire/fixtures';
import { runBin } from '../../test/run-bin';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));
// Inside the package, so the generated module resolves zod from this package's node_modules.
const outDir = join(packageDir, '.codegen-test', `run-${process.pid}`);
const modulePath = join(outDir, 'billing-tools.ts');
const token = 'sk_codegen';
const billing = await startBillingServer({ token });

beforeAll(async () => {
  mkdirSync(outDir, { recursive: true });
  const result = await runBin(['codegen', billingSpecPath, '--out', modulePath]);
  expect(result.code).toBe(0);
  expect(result.stderr).toContain('Wrote 30 typed tools');
}, 180_000);
afterAll(async () => {
  await billing.close();
  rmSync(outDir, { recursive: true, force: true });
});

const consumer = `import { loadApiServer } from '@apiwire/core';
import { createInvoiceInput, createTools, type CreateInvoiceInput, type LineItem } from './billing-tools';

export async function use(): Promise<number> {
  const tools = createTools(await loadApiServer({ name: 'billing', spec: 'billing.yaml' }));
  const items: LineItem[] = [{ description: 'Bundle', quantity: 1, unit_amount: 5, sub_items: [{ description: 'Part', quantity: 1, unit_amount: 0 }] }];
  const input: CreateInvoiceInput = { customer_id: 'cus_1', currency: 'usd', line_items: items };
  createInvoiceInput.parse(input);
  const invoice = await tools.getInvoice({ invoiceId: 'in_1' });
  const total: number = invoice.ok ? invoice.data.total : 0;
  await tools.listInvoices();
  await tools.listInvoices({ status: ['open', 'paid'], created: { gte: '2026-01-01T00:00:00Z' } });
  await tools.addPaymentMethod({ customerId: 'cus_1', body: { type: 'card', card: { number: '4242424242424242', exp_month: 1, exp_year: 2030, cvc: '123' } } });
  await tools.attachInvoiceFile({ invoiceId: 'in_1', file: 'data:application/pdf;name=a.pdf;base64,JVBERi0=' });
  // @ts-expect-error a file is base64 text or a data URL
  await tools.attachInvoiceFile({ invoiceId: 'in_1', file: new Uint8Array([1]) });
  // @ts-expect-error invoiceId is a string
  await tools.getInvoice({ invoiceId: 5 });
  // @ts-expect-error customer_id is required
  await tools.createInvoice({ currency: 'usd', line_items: items });
  // @ts-expect-error 'yen' is not a currency of the spec
  await tools.createInvoice({ customer_id: 'cus_1', currency: 'yen', line_items: items });
  // @ts-expect-error sub-items are line items too (recursive type)
  await tools.createInvoice({ customer_id: 'cus_1', currency: 'usd', line_items: [{ description: 'x', quantity: 1, unit_amount: 1, sub_items: [{ quantity: 'two' }] }] });
  // @ts-expect-error the body is a card or a bank account
  await tools.addPaymentMethod({ customerId: 'cus_1', body: { type: 'cheque' } });
  // @ts-expect-error no such tool
  await tools.chargeEverything({});
  return total;
}
`;

describe('apiwire codegen', () => {
  it('writes a module that type-checks, and rejects wrongly typed calls at compile time', async () => {
    writeFileSync(join(outDir, 'use.ts'), consumer);
    writeFileSync(
      join(outDir, 'tsconfig.json'),
      JSON.stringify({
        extends: '../../../../tsconfig.base.json',
        compilerOptions: { noEmit: true, paths: { '@apiwire/core': ['../../../core/src/index.ts'] } },
        include: ['*.ts'],
      }),
    );
    const tsc = join(packageDir, '../../node_modules/typescript/bin/tsc');
    const result = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile(process.execPath, [tsc, '-p', join(outDir, 'tsconfig.json')], { timeout: 300_000 }, (error, stdout, stderr) =>
        resolve({ code: error ? 1 : 0, output: stdout + stderr }),
      );
    });
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
    const text = readFileSync(modulePath, 'utf8');
    expect(text).toContain("import { z } from 'zod';");
    expect(text).toContain('export const lineItemSchema: z.ZodType<LineItem, LineItem> = z.lazy(');
    expect(text).toContain('export const createInvoiceInput = z.object(');
  }, 320_000);

  it('works at run time: zod schemas validate, createTools calls the real server', async () => {
    const generated = await import(modulePath);
    const items = [{ description: 'Bundle', quantity: 2, unit_amount: 700, sub_items: [{ description: 'Part', quantity: 1, unit_amount: 0 }] }];
    expect(generated.createInvoiceInput.safeParse({ customer_id: 'cus_3', currency: 'gbp', line_items: items }).success).toBe(true);
    const deepBad = [{ description: 'x', quantity: 1, unit_amount: 1, sub_items: [{ description: 'y', quantity: 0, unit_amount: 1 }] }];
    const rejected = generated.createInvoiceInput.safeParse({ customer_id: 'cus_3', currency: 'gbp', line_items: deepBad });
    expect(rejected.success).toBe(false);
    expect(rejected.error.issues[0].path).toEqual(['line_items', 0, 'sub_items', 0, 'quantity']);
    expect(generated.addPaymentMethodInput.safeParse({ customerId: 'cus_1', body: { type: 'bank_account', bank_account: { account_number: '0001', routing_number: '110000000', account_holder_type: 'company' } } }).success).toBe(true);
    expect(generated.addPaymentMethodInput.safeParse({ customerId: 'cus_1', body: { type: 'card' } }).success).toBe(false);
    expect(Object.keys(generated.toolInputs)).toHaveLength(30);

    // Another server name: tools are found by id, whatever the prefix.
    const server = await loadApiServer({
      name: 'acme',
      spec: billingSpecPath,
      baseUrl: billing.url,
      auth: { headers: { Authorization: `Bearer ${token}` } },
      operations: { exclude: ['tag:admin'] },
    });
    const tools = generated.createTools(server);
    const invoice = await tools.getInvoice({ invoiceId: 'in_1' });
    expect(invoice).toMatchObject({ ok: true, status: 200, data: { id: 'in_1', total: 120000 } });
    const created = await tools.createInvoice({ customer_id: 'cus_3', currency: 'gbp', line_items: items });
    expect(created).toMatchObject({ ok: true, status: 201, data: { total: 1400, status: 'draft' } });
    expect(JSON.parse(billing.requests.at(-1)!.body).line_items[0].sub_items).toEqual([{ description: 'Part', quantity: 1, unit_amount: 0 }]);
    expect(() => tools.getOrgChart()).toThrow(/has no tool get_org_chart/);
    const attached = await tools.attachInvoiceFile({ invoiceId: 'in_1', file: 'data:application/pdf;name=po.pdf;base64,JVBERi0xLjcK' });
    expect(attached).toMatchObject({ ok: true, status: 201, data: { filename: 'po.pdf', size: 9, content_type: 'application/pdf' } });
  });
});
