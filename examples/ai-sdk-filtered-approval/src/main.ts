/**
 * apiwire + AI SDK: a filtered billing API with an approval step, through generateText.
 * Run: `pnpm start` (a real model when OPENAI_API_KEY or ANTHROPIC_API_KEY is set), `--ci` (scripted model,
 * auto-approve), `--approve` / `--deny` (answer the approval without asking).
 */
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import { toAISDKTools } from '@apiwire/ai-sdk';
import { loadApiServer } from '@apiwire/core';
import { billingSpecPath, startBillingServer } from '@apiwire/fixtures';
import { generateText, stepCountIs, type ModelMessage, type ToolApprovalResponse } from 'ai';
import { callTool, chooseModel, lastToolOutput } from '@apiwire/example-demo/choose-model';
import { printMessages } from './print-messages';

const ci = process.argv.includes('--ci');
// signs approval requests so a client cannot forge or alter an approval (same secret on every server instance)
const approvalSecret = process.env.TOOL_APPROVAL_SECRET ?? randomBytes(32).toString('base64');
const api = await startBillingServer({ token: 'demo-token' }); // a local stand-in for your real API

try {
  const billing = await loadApiServer({
    name: 'billing',
    spec: billingSpecPath,
    baseUrl: api.url,
    auth: { headers: { Authorization: 'Bearer demo-token' } },
    operations: {
      include: ['tag:customers', 'tag:payments', 'tag:refunds'], // only what this agent needs
      exclude: ['deleteCustomer'],
      requireApproval: ['POST /refunds'], // money leaves: a human decides
    },
  });
  const { tools, toolApproval } = toAISDKTools([billing]);
  console.log(`${Object.keys(tools).length} tools; approval needed for: ${Object.keys(toolApproval).join(', ')}`);

  const { model, name } = chooseModel({
    ci,
    script: [
      () => [callTool('call_1', 'billing_get_payment', { paymentId: 'pay_1' })],
      (call) => {
        const payment = lastToolOutput(call) as { amount: number };
        const amount = Math.min(10000, payment.amount); // never more than was paid
        return [callTool('call_2', 'billing_create_refund', { payment_id: 'pay_1', amount, reason: 'duplicate' })];
      },
      (call) => {
        const outcome = lastToolOutput(call) as { id?: string; denied?: string };
        const text = outcome.id ? `Refund ${outcome.id} of 100.00 is on its way.` : `No refund: ${outcome.denied}`;
        return [{ type: 'text', text }];
      },
    ],
  });
  console.log(`model: ${name}\n`);

  const messages: ModelMessage[] = [
    { role: 'user', content: 'Payment pay_1 was charged twice. Look it up and refund 100.00 of it as a duplicate.' },
  ];
  printMessages(messages);
  for (let turn = 0; turn < 5; turn += 1) {
    const result = await generateText({
      model,
      tools,
      toolApproval,
      messages,
      stopWhen: stepCountIs(6),
      experimental_toolApprovalSecret: approvalSecret,
    });
    printMessages(result.responseMessages);
    messages.push(...result.responseMessages);

    const requests = result.content.filter((part) => part.type === 'tool-approval-request');
    if (requests.length === 0) break;
    const answers: ToolApprovalResponse[] = [];
    for (const request of requests) {
      const approved = await decide(`${request.toolCall.toolName} ${JSON.stringify(request.toolCall.input)}`);
      answers.push({ type: 'tool-approval-response', approvalId: request.approvalId, approved, reason: approved ? undefined : 'Declined by the operator.' });
    }
    printMessages([{ role: 'tool', content: answers }]);
    messages.push({ role: 'tool', content: answers });
  }

  console.log(`\nThe billing API received: ${api.requests.map((request) => `${request.method} ${request.path}`).join(', ')}`);
  // In CI the scripted run must have sent exactly these requests (the refund once, after its approval).
  const received = api.requests.map((request) => `${request.method} ${request.path}`);
  if (process.argv.includes('--ci') && received.join() !== ['GET /payments/pay_1', 'POST /refunds'].join()) {
    throw new Error(`Expected the API to receive GET /payments/pay_1 then POST /refunds, got ${received.join(', ') || 'nothing'}.`);
  }
} finally {
  await api.close();
}

/** Asks the operator (or follows --ci / --approve / --deny; without a terminal, denies). */
async function decide(call: string): Promise<boolean> {
  if (ci || process.argv.includes('--approve')) return true;
  if (process.argv.includes('--deny') || !process.stdin.isTTY) return false;
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await terminal.question(`Approve ${call}? [y/N] `);
  terminal.close();
  return /^y(es)?$/i.test(answer.trim());
}
