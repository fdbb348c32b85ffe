import { scriptedModel } from '@apiwire/example-demo/scripted-model';
import { startBillingServer, type FixtureServer } from '@apiwire/fixtures';
import type { UIMessage } from 'ai';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { postChat } from './post-chat';
import { startWebChat, type WebChat } from './server/start-web-chat';

// What outlives a restart: the API behind the chat, the signing secret and the folder of approvals carried out.
// Everything else (loaded spec, tools, model, HTTP server) is built anew by each startWebChat.
let billing: FixtureServer;
let approvalsFolder: string;
const approvalSecret = randomBytes(32);
let chat: WebChat | undefined;

beforeAll(async () => {
  billing = await startBillingServer({ token: 'web-chat-token' });
  approvalsFolder = mkdtempSync(join(tmpdir(), 'web-chat-restart-'));
});
afterAll(async () => {
  await chat?.close();
  await billing.close();
  rmSync(approvalsFolder, { recursive: true, force: true });
});
beforeEach(() => billing.reset());
afterEach(async () => {
  await chat?.close();
  chat = undefined;
});

/** Stops the chat server in use, if any, and starts a new one on the same API, secret and approvals folder. */
async function restart(): Promise<string> {
  await chat?.close();
  chat = await startWebChat({ model: scriptedModel(), modelLabel: 'the demo script', scripted: true, billing, approvalSecret, approvalsFolder });
  return chat.url;
}

const refunds = () => billing.requests.filter((request) => request.method === 'POST' && request.path === '/refunds');
const user: UIMessage = { id: 'u1', role: 'user', parts: [{ type: 'text', text: 'Refund Acme.' }] };

/** Runs the conversation until the refund waits for approval; returns the assistant message and the answer builder. */
async function untilApproval() {
  const { assistant, errorText } = await postChat({ url: await restart(), messages: [user] });
  expect(errorText).toBeUndefined();
  const requested = assistant.parts.find((part) => 'state' in part && part.state === 'approval-requested');
  expect(requested).toMatchObject({ toolName: 'billing_create_refund', approval: { signature: expect.any(String) } });
  expect(refunds()).toHaveLength(0);
  const { input, approval } = requested as unknown as { input: Record<string, unknown>; approval: { id: string; signature: string } };
  /** The assistant message answered as `addToolApprovalResponse` would, plus an optional change to the part. */
  const answered = (approved: boolean, change: object = {}): UIMessage => ({
    ...assistant,
    parts: assistant.parts.map((part) =>
      part === requested ? ({ ...part, state: 'approval-responded', approval: { ...approval, approved }, ...change } as never) : part,
    ),
  });
  return { input, answered };
}

/** The last refund call's part in an assistant message (apiwire tools are dynamic tools). */
const refundPart = (message: UIMessage) =>
  message.parts.findLast((part) => part.type === 'dynamic-tool' && part.toolName === 'billing_create_refund') as
    | { state: string; output?: { ok: boolean; error?: { kind: string; message: string } } }
    | undefined;

describe('approvals across a restart of the chat server (signed, single-use, in a folder)', () => {
  it('approve after a restart: exactly one refund; the same approval sent again after another restart: refused, none more', async () => {
    const { answered } = await untilApproval();
    const approved = answered(true);

    const first = await postChat({ url: await restart(), messages: [user, approved] });
    expect(first.errorText).toBeUndefined();
    expect(refundPart(first.assistant)).toMatchObject({ state: 'output-available', output: { ok: true } });
    expect(refunds()).toHaveLength(1);

    const replayed = await postChat({ url: await restart(), messages: [user, approved] });
    expect(replayed.errorText).toBeUndefined();
    expect(refundPart(replayed.assistant)).toMatchObject({
      output: { ok: false, error: { kind: 'denied', message: expect.stringMatching(/already used/) } },
    });
    expect(refunds()).toHaveLength(1);
    expect(readdirSync(approvalsFolder)).toHaveLength(1);
  });

  it('deny after a restart: no refund, and the model reads the denial', async () => {
    const { answered } = await untilApproval();
    const denied = await postChat({ url: await restart(), messages: [user, answered(false)] });
    expect(denied.errorText).toBeUndefined();
    expect(refundPart(denied.assistant)?.state).toBe('output-denied');
    expect(denied.assistant.parts).toContainEqual(expect.objectContaining({ type: 'text', text: expect.stringMatching(/^The refund of pay_1 was not made/) }));
    expect(refunds()).toHaveLength(0);
  });

  it('an approval whose input was changed after signing is refused after a restart; the untouched one then goes through once', async () => {
    const { input, answered } = await untilApproval();
    const tampered = await postChat({ url: await restart(), messages: [user, answered(true, { input: { ...input, amount: Number(input.amount) * 10 } })] });
    expect(tampered.errorText).toMatch(/^Approval refused: its signature does not match/);
    expect(refunds()).toHaveLength(0);

    const honest = await postChat({ url: await restart(), messages: [user, answered(true)] });
    expect(honest.errorText).toBeUndefined();
    expect(refunds()).toHaveLength(1);
    expect(JSON.parse(refunds()[0]!.body)).toMatchObject({ amount: input.amount });
  });
});
