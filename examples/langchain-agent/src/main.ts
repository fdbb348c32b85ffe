/**
 * apiwire + LangChain: a createAgent over the billing API. Reports are deferred (found with search_tools),
 * refunds wait for a human (an interrupt shaped like humanInTheLoopMiddleware's, resumed with a Command).
 * Run: `pnpm start` (a real model when OPENAI_API_KEY or ANTHROPIC_API_KEY is set), `--ci` (scripted model,
 * auto-approve), `--approve` / `--deny` or APIWIRE_DEMO_APPROVAL (answer approvals without asking; the same rule
 * as `pnpm demo`, printed at the top of the transcript).
 */
import { loadApiServer } from '@apiwire/core';
import { approvalRule, askApproval, createTranscript } from '@apiwire/example-transcript';
import { billingSpecPath, startBillingServer } from '@apiwire/fixtures';
import { createApiwireMiddleware } from '@apiwire/langchain';
import { type AIMessage, HumanMessage } from '@langchain/core/messages';
import { Command, MemorySaver } from '@langchain/langgraph';
import { createAgent, createMiddleware, type Decision, type HITLRequest } from 'langchain';
import { chooseModel } from './choose-model';
import { printMessages } from './print-messages';

const ci = process.argv.includes('--ci');
const transcript = createTranscript();
const rule = approvalRule({ argv: process.argv.slice(2), env: process.env, stdinIsTerminal: Boolean(process.stdin.isTTY) });

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
  transcript.note(`apiwire demo (LangChain createAgent): the model is ${name}.`);
  const deferred = billing.tools.filter((tool) => tool.deferred).length;
  transcript.note(
    `Registered ${billing.info.title} at ${api.url}: ${billing.tools.length} tools (${billing.tools.length - deferred} visible, ` +
      `${deferred} deferred behind search_tools, ${billing.tools.filter((tool) => tool.requiresApproval).length} need approval; tag:admin excluded).`,
  );
  transcript.note(rule.explanation);

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
  const declined = new Set<string>(); // calls whose refusal was printed when it was decided
  for (let round = 0; round < 5; round += 1) {
    printMessages({ messages: state.messages, from: printed, offered, transcript, shown: declined });
    printed = state.messages.length;
    const pending = state.__interrupt__?.[0]?.value as HITLRequest | undefined;
    if (pending === undefined) break;
    const calls = (state.messages.at(-1) as AIMessage).tool_calls ?? [];
    const decisions: Decision[] = [];
    for (const action of pending.actionRequests) {
      const tool = billing.tool(action.name);
      const sends = tool ? `${tool.operation.method} ${api.url}${tool.operation.path}` : undefined;
      transcript.approvalNeeded({ name: action.name, input: action.args, sends });
      const approved = await askApproval({ question: 'Allow this call?', rule, transcript });
      const id = calls.find((call) => call.name === action.name && !declined.has(call.id ?? ''))?.id;
      if (!approved && id) declined.add(id);
      decisions.push(approved ? { type: 'approve' } : { type: 'reject', message: 'The user declined.' });
    }
    state = await agent.invoke(new Command({ resume: { decisions } }), config);
  }

  const received = api.requests.map((request) => `${request.method} ${request.path}`);
  transcript.received({ api: 'billing API', requests: received });
  // In CI the scripted run must have sent exactly these requests (the refund once, after its approval).
  if (ci && received.join() !== ['GET /reports/aging', 'POST /refunds'].join()) {
    throw new Error(`Expected the API to receive GET /reports/aging then POST /refunds, got ${received.join(', ') || 'nothing'}.`);
  }
} finally {
  await api.close();
}

