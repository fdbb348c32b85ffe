/**
 * `pnpm demo`: an agent works a real (local) billing API through apiwire and the Vercel AI SDK.
 * Some operations are excluded, mutating ones wait for a human, reports are deferred behind search.
 */
import { loadApiServer } from '@apiwire/core';
import { toAISDKTools } from '@apiwire/ai-sdk';
import { billingSpecPath, startBillingServer } from '@apiwire/fixtures';
import { approvalRule, askApproval, createTranscript, innermostErrorMessage, type Transcript } from '@apiwire/example-transcript';
import type { ToolResult } from '@apiwire/core';
import { generateText, InvalidToolInputError, stepCountIs, type ModelMessage, type ToolApprovalResponse } from 'ai';
import { pickModel } from './pick-model';

const prompt =
  'Acme Corp asked us to refund their onboarding payment. Find the customer and the payment, refund it, ' +
  'and show me this year\'s revenue by month.';

async function main(): Promise<void> {
  const transcript = createTranscript();
  const rule = approvalRule({ argv: process.argv.slice(2), env: process.env, stdinIsTerminal: Boolean(process.stdin.isTTY) });
  const { model, label } = await pickModel();
  transcript.note(`apiwire demo (Vercel AI SDK): the model is ${label}.`);

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
    transcript.note(
      `Registered ${billing.info.title} at ${api.url}: ${billing.tools.length} tools ` +
        `(${visible.length} visible, ${billing.tools.length - visible.length} deferred behind search_tools, ` +
        `${billing.tools.filter((tool) => tool.requiresApproval).length} need approval; tag:admin excluded).`,
    );
    transcript.note(rule.explanation);
    transcript.user(prompt);

    const messages: ModelMessage[] = [{ role: 'user', content: prompt }];
    for (let round = 0; round < 5; round++) {
      // The conversation carries what earlier searches revealed, so those tools stay offered after a resume.
      const { tools, toolApproval } = toAISDKTools([billing], { messages });
      const result = await generateText({
        model,
        tools,
        toolApproval,
        messages,
        stopWhen: stepCountIs(10),
        onLanguageModelCallStart: (event) => transcript.modelSees((event.tools ?? []).map((tool) => String(tool.name))),
        onToolExecutionEnd: (event) => {
          const { toolOutput } = event;
          const output = toolOutput.type === 'tool-result' ? toolOutput.output : { error: String(toolOutput.error) };
          printExecuted({ transcript, name: event.toolCall.toolName, input: event.toolCall.input, output });
        },
        // What a step produced beyond executed calls: the model's text, invalid calls refused before they ran.
        onStepEnd: (event) => {
          for (const part of event.content) {
            if (part.type === 'text') transcript.model(part.text);
            // An invalid call never runs: the SDK keeps the error object (the cause chain) on the call itself.
            if (part.type === 'tool-call' && part.invalid) {
              transcript.call({ name: part.toolName, input: part.input });
              const kind = InvalidToolInputError.isInstance(part.error) ? 'invalid input' : 'refused';
              transcript.notSent({ kind, message: innermostErrorMessage(part.error) });
            }
          }
        },
      });
      messages.push(...result.responseMessages);
      const requests = result.content.filter((part) => part.type === 'tool-approval-request');
      if (requests.length === 0) break;

      const responses: ToolApprovalResponse[] = [];
      for (const request of requests) {
        const tool = billing.tool(request.toolCall.toolName);
        const sends = tool ? `${tool.operation.method} ${api.url}${tool.operation.path}` : undefined;
        transcript.approvalNeeded({ name: request.toolCall.toolName, input: request.toolCall.input, sends });
        const approved = await askApproval({ question: 'Allow this call?', rule, transcript });
        responses.push({
          type: 'tool-approval-response',
          approvalId: request.approvalId,
          approved,
          ...(approved ? {} : { reason: 'The user declined.' }),
        });
      }
      messages.push({ role: 'tool', content: responses });
    }

    transcript.received({ api: 'billing API', requests: api.requests.map((request) => `${request.method} ${request.path}`) });
    if (process.argv.includes('--ci')) checkCiRun(api.requests.map((request) => `${request.method} ${request.path}`));
  } finally {
    await api.close();
  }
}

/** One executed call: apiwire tools return a ToolResult, search_tools the tools it revealed. */
function printExecuted(options: { transcript: Transcript; name: string; input: unknown; output: unknown }): void {
  const { transcript } = options;
  transcript.call({ name: options.name, input: options.input });
  const value = options.output as { ok?: unknown; tools?: Array<{ name: string }> } | null;
  if (value && typeof value === 'object' && 'ok' in value) transcript.result(value as ToolResult);
  else if (Array.isArray(value?.tools)) transcript.revealed(value.tools.map((tool) => tool.name));
  else transcript.notSent({ kind: 'error', message: JSON.stringify(options.output) });
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
