import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadApiServer } from '@apiwire/core';
import { billingOperations, billingSpecPath, startBillingServer, type FixtureServer } from '@apiwire/fixtures';
import { ScriptedChatModel, type ScriptStep } from '@apiwire/fixtures/langchain';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { HumanMessage, ToolMessage } from '@langchain/core/messages';
import { Command } from '@langchain/langgraph';
import { PostgresSaver } from '@langchain/langgraph-checkpoint-postgres';
import { createAgent, type HITLRequest } from 'langchain';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createApiwireMiddleware, toLangChainTools } from './index';

// What outlives a restart: the API and the database folder. Each "process" opens the database anew (PGlite, a
// real Postgres compiled to WebAssembly, served on a loopback port), loads the spec, builds tools, model, agent
// and checkpointer, and closes all of it before the next one starts.
let server: FixtureServer;
let folder: string;

beforeAll(async () => {
  server = await startBillingServer({ token: 'test-token' });
  folder = mkdtempSync(join(tmpdir(), 'apiwire-checkpoints-'));
  const process = await startProcess({ steps: [] }); // creates the database (initdb) and the checkpoint tables
  await process.stop();
}, 180_000);
afterAll(async () => {
  await server.close();
  rmSync(folder, { recursive: true, force: true });
});
beforeEach(() => server.reset());

/** One run of the app: the agent wired as users wire it, its threads kept in Postgres through PostgresSaver. */
async function startProcess(options: { steps: ScriptStep[] }) {
  const db = await PGlite.create(folder);
  const socket = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0 });
  await socket.start();
  // one connection: PGlite runs one session, and the saver's transactions must not interleave on it
  const checkpointer = new PostgresSaver(new pg.Pool({ connectionString: `postgresql://postgres@${socket.getServerConn()}/postgres`, max: 1 }));
  await checkpointer.setup();
  const billing = await loadApiServer({
    name: 'billing',
    spec: billingSpecPath,
    baseUrl: server.url,
    auth: { headers: { Authorization: 'Bearer test-token' } },
    operations: billingOperations,
  });
  const model = new ScriptedChatModel({ steps: options.steps });
  const agent = createAgent({ model, tools: toLangChainTools([billing]), middleware: [createApiwireMiddleware([billing])], checkpointer });
  return {
    agent,
    model,
    stop: async () => {
      await checkpointer.end();
      await socket.stop();
      await db.close();
    },
  };
}

/** Runs one step of the app in a fresh process and stops it. */
async function inProcess<T>(steps: ScriptStep[], run: (process: Awaited<ReturnType<typeof startProcess>>) => Promise<T>): Promise<T> {
  const process = await startProcess({ steps });
  try {
    return await run(process);
  } finally {
    await process.stop();
  }
}

const refunds = () => server.requests.filter((request) => request.method === 'POST' && request.path === '/refunds');
const refundCall = { name: 'billing_create_refund', args: { payment_id: 'pay_1', amount: 500 }, id: 'call_refund' };
const ask = { messages: [new HumanMessage('Refund 5 euros of pay_1')] };

/** Starts the thread in one process: it stops at the refund's approval and nothing is sent. */
async function untilApproval(config: { configurable: { thread_id: string } }): Promise<void> {
  const state = await inProcess([{ toolCalls: [refundCall] }], ({ agent }) => agent.invoke(ask, config));
  const request = state.__interrupt__?.[0]?.value as HITLRequest | undefined;
  expect(request?.actionRequests).toEqual([expect.objectContaining({ name: 'billing_create_refund', args: refundCall.args })]);
  expect(refunds()).toHaveLength(0);
}

describe('approval across a restart, with the thread in Postgres (PostgresSaver)', () => {
  test('approve in a new process: exactly one refund; resuming again in a third process sends none more', async () => {
    const config = { configurable: { thread_id: 'refund-approve' } };
    await untilApproval(config);

    const approve = new Command({ resume: { decisions: [{ type: 'approve' }] } });
    const { state, seen } = await inProcess([{ text: 'Refunded.' }], async ({ agent, model }) => ({
      state: await agent.invoke(approve, config),
      seen: model.calls,
    }));
    expect(refunds()).toHaveLength(1);
    expect(JSON.parse(refunds()[0]!.body)).toEqual(refundCall.args);
    // the new process knew the conversation only from the database
    expect(seen[0]?.messages[0]?.content).toBe('Refund 5 euros of pay_1');
    const result = state.messages.find((message) => ToolMessage.isInstance(message) && message.tool_call_id === 'call_refund') as ToolMessage;
    expect(result.status).toBe('success');
    expect(state.messages.at(-1)?.content).toBe('Refunded.');

    // the same answer again, in a third process: the thread has no pending interrupt, so nothing runs
    const again = await inProcess([{ text: 'Nothing more to do.' }], async ({ agent, model }) => ({
      state: await agent.invoke(approve, config),
      calls: model.calls.length,
    }));
    expect(again.calls).toBe(0);
    expect(again.state.messages.map((message) => message.id)).toEqual(state.messages.map((message) => message.id));
    expect(refunds()).toHaveLength(1);
  });

  test('reject in a new process: no refund, and the model reads the rejection', async () => {
    const config = { configurable: { thread_id: 'refund-reject' } };
    await untilApproval(config);

    const reject = new Command({ resume: { decisions: [{ type: 'reject', message: 'Not this one.' }] } });
    const seen = await inProcess([{ text: 'Understood, no refund.' }], async ({ agent, model }) => {
      await agent.invoke(reject, config);
      return model.calls;
    });
    expect(refunds()).toHaveLength(0);
    const rejection = seen[0]?.messages.find((message) => ToolMessage.isInstance(message) && message.tool_call_id === 'call_refund');
    expect(rejection).toMatchObject({ status: 'error', content: expect.stringContaining('Not this one.') });
  });
});
