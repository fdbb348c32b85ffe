/**
 * `pnpm demo`: an agent works a real (local) billing API through apiwire and the Vercel AI SDK.
 * Some operations are excluded, mutating ones wait for a human, reports are deferred behind search.
 */
import { loadApiServer } from '@apiwire/core';
import { toAISDKTools } from '@apiwire/ai-sdk';
import { billingSpecPath, startBillingServer } from '@apiwire/fixtures';
import { generateText, stepCountIs, type ModelMessage, type ToolApprovalResponse } from 'ai';
import { approvalMode, askApproval } from './ask-approval';
import { pickModel } from './pick-model';
import { preview, printOffered, printStep, printToolCall } from './print-step';

const prompt =
  'Acme Corp asked us to refund their onboarding payment. Find the customer and the payment, refund it, ' +
  'and show me this year\'s revenue by month.';

async function main(): Promise<void> {
  const { model, label } = await pickModel();
  console.log(`apiwire demo: the model is ${label}.`);

  const api = await startBillingServer({ token: 'demo-secret-token' });
  try {
    const billing = await loadApiServer({
      name: 'billing',
      spec: billingSpecPath,
      baseUrl: api.url,
      auth: { schemes: { bearerAuth: 'demo-secret-token' } },
      operations: {
        exclude: ['tag:admin'],
        requireApproval: 'mutating',
        defer: ['tag:reports'],
      },
    });
    const visible = billing.tools.filter((tool) => !tool.deferred);
    console.log(
      `Registered ${billing.info.title} at ${api.url}: ${billing.tools.length} tools ` +
        `(${visible.length} visible, ${billing.tools.length - visible.length} deferred behind search_tools, ` +
        `${billing.tools.filter((tool) => tool.requiresApproval).length} need approval; tag:admin excluded).`,
    );
    console.log(`\nuser: ${prompt}`);

    const mode = approvalMode(process.argv.slice(2));
    const messages: ModelMessage[] = [{ role: 'user', content: prompt }];
    let step = 0;
    const printed = new Set<string>();
    for (let round = 0; round < 5; round++) {
      // The conversation carries what earlier searches revealed, so those tools stay offered after a resume.
      const { tools, toolApproval } = toAISDKTools([billing], { messages });
      const result = await generateText({
        model,
        tools,
        toolApproval,
        messages,
        stopWhen: stepCountIs(10),
        onLanguageModelCallStart: (event) => {
          step += 1;
          printOffered({ step, tools: (event.tools ?? []).map((tool) => String(tool.name)) });
        },
        onToolExecutionEnd: (event) => {
          printed.add(event.toolCall.toolCallId);
          const { toolOutput } = event;
          printToolCall({
            name: event.toolCall.toolName,
            input: event.toolCall.input,
            output: toolOutput.type === 'tool-result' ? toolOutput.output : { error: String(toolOutput.error) },
          });
        },
        onStepEnd: (event) => printStep({ content: event.content, printed }),
      });
      messages.push(...result.responseMessages);
      const requests = result.content.filter((part) => part.type === 'tool-approval-request');
      if (requests.length === 0) break;

      const responses: ToolApprovalResponse[] = [];
      for (const request of requests) {
        const tool = billing.tool(request.toolCall.toolName);
        const target = tool ? `${tool.operation.method} ${api.url}${tool.operation.path}` : request.toolCall.toolName;
        console.log(`\n  approval needed: ${request.toolCall.toolName} ${preview(request.toolCall.input, 200)}`);
        console.log(`  it would send ${target}`);
        const approved = await askApproval({ question: '  Allow this call?', mode });
        responses.push({
          type: 'tool-approval-response',
          approvalId: request.approvalId,
          approved,
          ...(approved ? {} : { reason: 'The user declined.' }),
        });
      }
      messages.push({ role: 'tool', content: responses });
    }

    console.log(`\nThe billing API received ${api.requests.length} requests:`);
    for (const request of api.requests) console.log(`  ${request.method} ${request.path}`);
    if (process.argv.includes('--ci')) checkCiRun(api.requests.map((request) => `${request.method} ${request.path}`));
  } finally {
    await api.close();
  }
}

/** In CI the scripted run must have found the deferred report and sent the approved refund, once. */
function checkCiRun(received: string[]): void {
  const expected = ['GET /customers/search', 'GET /payments', 'GET /reports/revenue', 'POST /refunds'];
  if (JSON.stringify(received) !== JSON.stringify(expected)) {
    throw new Error(`The demo sent ${JSON.stringify(received)}, expected ${JSON.stringify(expected)}.`);
  }
  console.log('CI check: the API received exactly the expected requests.');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
