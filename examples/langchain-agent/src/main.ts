/**
 * apiwire + LangChain: a createAgent over the billing API. Reports are deferred (found with search_tools),
 * refunds wait for a human (an interrupt shaped like humanInTheLoopMiddleware's, resumed with a Command).
 * Run: `pnpm start` (a real model when OPENAI_API_KEY or ANTHROPIC_API_KEY is set), `--ci` (scripted model,
 * auto-approve), `--approve` / `--deny` (answer the approval without asking).
 */
import { createInterface } from 'node:readline/promises';
import { loadApiServer } from '@apiwire/core';
import { billingSpecPath, startBillingServer } from '@apiwire/fixtures';
import { createApiwireMiddleware } from '@apiwire/langchain';
import { HumanMessage } from '@langchain/core/messages';
import { Command, MemorySaver } from '@langchain/langgraph';
import { createAgent, createMiddleware, type Decision, type HITLRequest } from 'langchain';
import { chooseModel } from './choose-model';
import { printMessages } from './print-messages';

const ci = process.argv.includes('--ci');

/** The tools each model call is offered, in call order (deferred ones appear once search_tools revealed them). */
const offered: string[][] = [];
const logOfferedTools = createMiddleware({
  name: 'LogOfferedTools',
  wrapModelCall: (request, handler) => {
    offered.push(request.tools.map((tool) => String((tool as { name?: unknown }).name)));
    return handler(request);
  },
});
const api = await startBillingServer({ token: 'demo-token' }); // a local stand-in for your real API

try {
  const billing = await loadApiServer({
    name: 'billing',
    spec: billingSpecPath,
    baseUrl: api.url,
    auth: { headers: { Authorization: 'Bearer demo-token' } },
    operations: {
      exclude: ['tag:admin'],
      requireApproval: ['tag:refunds'], // money leaves: a human decides
      defer: ['tag:reports'], // out of the prompt until the agent searches
    },
  });
  const { model, name } = await chooseModel({ ci });
  console.log(`model: ${name}\n`);

  const agent = createAgent({
    model,
    tools: [], // the middleware registers the billing tools (deferred ones included)
    // The logger runs inside apiwire's middleware, so it sees the tools the model is really offered.
    middleware: [createApiwireMiddleware([billing]), logOfferedTools],
    checkpointer: new MemorySaver(), // interrupts need one
    systemPrompt: 'You run billing operations. Amounts are in cents. Use search_tools to find reports.',
  });
  const config = { configurable: { thread_id: 'demo' } };

  const question = 'Show me the aging report, then refund 25.00 of payment pay_1: it was charged twice.';
  let state = await agent.invoke({ messages: [new HumanMessage(question)] }, config);
  let printed = 0;
  for (let round = 0; round < 5; round += 1) {
    printMessages({ messages: state.messages.slice(printed), offered });
    printed = state.messages.length;
    const pending = state.__interrupt__?.[0]?.value as HITLRequest | undefined;
    if (pending === undefined) break;
    const decisions: Decision[] = [];
    for (const action of pending.actionRequests) {
      const approved = await decide(`${action.name} ${JSON.stringify(action.args)}`);
      console.log(`operator: ${approved ? 'approved' : 'rejected'} ${action.name}`);
      decisions.push(approved ? { type: 'approve' } : { type: 'reject', message: 'The operator declined this refund.' });
    }
    state = await agent.invoke(new Command({ resume: { decisions } }), config);
  }

  console.log(`\nThe billing API received: ${api.requests.map((request) => `${request.method} ${request.path}`).join(', ')}`);
  // In CI the scripted run must have sent exactly these requests (the refund once, after its approval).
  const received = api.requests.map((request) => `${request.method} ${request.path}`);
  if (process.argv.includes('--ci') && received.join() !== ['GET /reports/aging', 'POST /refunds'].join()) {
    throw new Error(`Expected the API to receive GET /reports/aging then POST /refunds, got ${received.join(', ') || 'nothing'}.`);
  }
} finally {
  await api.close();
}

/** Asks the operator (or follows --ci / --approve / --deny; without a terminal, rejects). */
async function decide(call: string): Promise<boolean> {
  if (ci || process.argv.includes('--approve')) return true;
  if (process.argv.includes('--deny') || !process.stdin.isTTY) return false;
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await terminal.question(`Approve ${call}? [y/N] `);
  terminal.close();
  return /^y(es)?$/i.test(answer.trim());
}
