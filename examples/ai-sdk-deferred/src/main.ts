/**
 * apiwire + AI SDK: Stripe's whole API (468 operations) with everything deferred behind search, so the first
 * request carries one tool. Runs against a local stand-in server. Run: `pnpm start` (a real model when
 * OPENAI_API_KEY or ANTHROPIC_API_KEY is set) or `--ci` (scripted model).
 */
import { toAISDKTools } from '@apiwire/ai-sdk';
import { estimateToolTokens, loadApiServer } from '@apiwire/core';
import { fixtureSpecPath, startStandInServer } from '@apiwire/fixtures';
import { asSchema, generateText, stepCountIs, wrapLanguageModel, type ModelMessage } from 'ai';
import { callTool, chooseModel, lastToolOutput, type ModelCall } from '@apiwire/example-demo/choose-model';
import { printStep } from './print-step';

const ci = process.argv.includes('--ci');
const api = await startStandInServer(); // answers any request with a JSON echo, standing in for api.stripe.com

try {
  console.log('Loading Stripe 2023-09-12 spec...');
  const stripe = await loadApiServer({
    name: 'stripe',
    spec: fixtureSpecPath('stripe-2023-09-12.yaml'), // Stripe's own spec (MIT), 4 MB
    baseUrl: api.url,
    auth: { headers: { Authorization: 'Bearer sk_test_stand_in' } },
    operations: { defer: true }, // nothing in the prompt until the agent searches
  });
  const { tools, toolApproval } = toAISDKTools([stripe], { maxResults: 5 });

  const all = estimateToolTokens(stripe.tools); // core's fast estimate; the CLI's inspect counts exactly
  const search = tools.search_tools;
  const first = estimateToolTokens([
    { name: 'search_tools', description: String(search.description), inputSchema: (await asSchema(search.inputSchema).jsonSchema) as Record<string, unknown> },
  ]);
  console.log(`${stripe.tools.length} operations, all deferred. Tool definitions: about ${all.total} tokens for all, ${first.total} for the first request.`);

  let customerId = '';
  const { model: base, name } = chooseModel({
    ci,
    script: [
      () => [callTool('call_1', 'search_tools', { query: 'create a customer' })],
      (call) => [callTool('call_2', found(call, 'stripe_post_customers'), { email: 'jane@example.com', name: 'Jane Doe' })],
      (call) => {
        customerId = (lastToolOutput(call) as { id: string }).id;
        return [callTool('call_3', 'search_tools', { query: 'create an invoice item for a customer' })];
      },
      (call) => [callTool('call_4', found(call, 'stripe_post_invoiceitems'), { customer: customerId, amount: 2500, currency: 'usd', description: 'Setup fee' })],
      () => [{ type: 'text', text: 'Jane Doe is a customer now, with a 25.00 USD setup fee on her next invoice.' }],
    ],
  });
  // show what each model call offers: only search_tools at first, then what the searches found
  const model = wrapLanguageModel({
    model: base,
    middleware: {
      transformParams: async ({ params }) => {
        console.log(`  [the model is offered: ${(params.tools ?? []).map((tool) => tool.name).join(', ')}]`);
        return params;
      },
    },
  });
  console.log(`model: ${name}\n`);

  const messages: ModelMessage[] = [
    { role: 'user', content: 'Add Jane Doe (jane@example.com) as a customer and put a 25.00 USD setup fee on her next invoice.' },
  ];
  console.log(`user: ${messages[0].content as string}`);
  await generateText({ model, tools, toolApproval, messages, stopWhen: stepCountIs(8), onStepFinish: printStep });

  console.log(`\nThe stand-in server received: ${api.requests.map((request) => `${request.method} ${request.path}`).join(', ')}`);
} finally {
  await api.close();
}

/** The scripted model picks `wanted` only if the last search found it (as a real model would). */
function found(call: ModelCall, wanted: string): string {
  const names = ((lastToolOutput(call) as { tools?: Array<{ name: string }> }).tools ?? []).map((tool) => tool.name);
  if (!names.includes(wanted)) throw new Error(`The search did not find ${wanted}.`);
  return wanted;
}

