import { scriptedModel } from '@apiwire/example-demo/scripted-model';
import type { UIMessage } from 'ai';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { postChat as postTo } from './post-chat';
import { startWebChat, type WebChat } from './server/start-web-chat';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const artifacts = new URL('../test-results/', import.meta.url);
const expectedRequests = ['GET /customers/search', 'GET /payments', 'GET /reports/revenue', 'POST /refunds'];

let chat: WebChat;
let browser: BrowserContext;
let profile: string;

beforeAll(async () => {
  if (!existsSync(chromiumPath)) {
    throw new Error(`No Chromium at ${chromiumPath}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
  chat = await startWebChat({ model: scriptedModel(), modelLabel: 'the demo script', scripted: true });
  profile = mkdtempSync(join(tmpdir(), 'web-chat-chromium-'));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1000, height: 800 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  mkdirSync(artifacts, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await chat?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});
beforeEach(() => chat.billing.reset());

const received = () => chat.billing.requests.map((request) => `${request.method} ${request.path}`);

/** Opens the page, sends the suggested request and waits until the refund asks for approval. */
async function runUntilApproval(): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(chat.url);
  await page.locator('.notice', { hasText: /^Scripted model: no OPENAI_API_KEY/ }).waitFor();
  expect(await page.getByLabel('Message').inputValue()).toMatch(/^Acme Corp asked us to refund/);
  await page.getByRole('button', { name: 'Send' }).click();
  await page.locator('.revealed', { hasText: 'billing_get_revenue_report' }).waitFor();
  await page.locator('[data-tool="billing_get_revenue_report"] .request', { hasText: 'GET http' }).waitFor();
  await page.getByRole('button', { name: 'Approve' }).waitFor();
  await page.screenshot({ path: new URL('awaiting-approval.png', artifacts).pathname, fullPage: true });
  // The first refund call forgot the amount: the page shows the validation error the model corrected itself from.
  await page.locator('[data-tool="billing_create_refund"].output-error', { hasText: 'amount: required' }).waitFor();
  expect(received()).toEqual(expectedRequests.slice(0, 3));
  return page;
}

/** Waits until the chat is idle again (the button reads Send, not Working…), so no request is still on its way. */
async function turnFinished(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Send', exact: true }).waitFor();
}

describe('the web chat in headless Chromium (scripted model, real billing API)', () => {
  it('reveals the report tool by search and sends the refund once after Approve', async () => {
    const page = await runUntilApproval();
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByText(/^Refunded pay_1 for Acme Corp \(refund re_\w+\)/).waitFor();
    await turnFinished(page);
    expect(received()).toEqual(expectedRequests);
    expect(received().filter((request) => request === 'POST /refunds')).toHaveLength(1);
    const refund = page.locator('[data-tool="billing_create_refund"].output-available');
    expect(await refund.locator('.request').textContent()).toMatch(/^HTTP POST http:\/\/127\.0\.0\.1:\d+\/v1\/refunds → 201/);
    await page.screenshot({ path: new URL('approve.png', artifacts).pathname, fullPage: true });
    await page.close();
  });

  it('sends no refund after Deny and shows the denial', async () => {
    const page = await runUntilApproval();
    await page.getByRole('button', { name: 'Deny' }).click();
    await page.locator('.denied', { hasText: 'Denied, nothing was sent. Denied by the user' }).waitFor();
    await page.getByText(/^The refund of pay_1 was not made \(it was not approved\)/).waitFor();
    await turnFinished(page);
    expect(received()).toEqual(expectedRequests.slice(0, 3));
    await page.screenshot({ path: new URL('deny.png', artifacts).pathname, fullPage: true });
    await page.close();
  });
});

const postChat = (messages: UIMessage[]) => postTo({ url: chat.url, messages });

describe('approvals the server did not sign', () => {
  const user: UIMessage = { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Refund Acme.' }] };

  it('refuses an approval with a changed amount or without a signature; the signed one goes through once', async () => {
    const { assistant } = await postChat([user]);
    const requested = assistant.parts.find((part) => 'state' in part && part.state === 'approval-requested');
    expect(requested).toMatchObject({ toolName: 'billing_create_refund', approval: { signature: expect.any(String) } });
    const { input, approval } = requested as unknown as { input: object; approval: { id: string; signature: string } };
    /** The assistant message with the refund approved, as addToolApprovalResponse would, plus a change. */
    const approved = (change: object): UIMessage => ({
      ...assistant,
      parts: assistant.parts.map((part) =>
        part === requested
          ? ({ ...part, state: 'approval-responded', approval: { ...approval, approved: true }, ...change } as never)
          : part,
      ),
    });

    const tampered = await postChat([user, approved({ input: { ...input, amount: 1 } })]);
    expect(tampered.errorText).toMatch(/^Approval refused: its signature does not match/);
    const unsigned = await postChat([user, approved({ approval: { id: approval.id, approved: true } })]);
    expect(unsigned.errorText).toMatch(/^Approval refused: its signature does not match/);
    expect(received()).not.toContain('POST /refunds');

    const signed = await postChat([user, approved({})]);
    expect(signed.errorText).toBeUndefined();
    expect(received().filter((request) => request === 'POST /refunds')).toHaveLength(1);
  });
});
