// Runs in the consumer app (outside the workspace): the two main paths a user takes, with only the model scripted.
// AI SDK generateText with MockLanguageModelV4, and LangChain createAgent with fakeModel and the apiwire middleware,
// each calling a tool whose request reaches a real local server.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { loadApiServer } from '@apiwire/core';
import { toAISDKTools } from '@apiwire/ai-sdk';
import { createApiwireMiddleware } from '@apiwire/langchain';
import { generateText, stepCountIs } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import { AIMessage } from '@langchain/core/messages';
import { createAgent, fakeModel } from 'langchain';
import { consumerSpec } from './consumer-spec.mjs';

const received = [];
const server = createServer((request, response) => {
  received.push(`${request.method} ${request.url}`);
  response.setHeader('content-type', 'application/json');
  response.end(JSON.stringify({ id: request.url.split('/').pop(), status: 'open' }));
}).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
try {
  const shop = await loadApiServer({ name: 'shop', spec: consumerSpec, baseUrl: `http://127.0.0.1:${server.address().port}` });

  const usage = { inputTokens: { total: 0, noCache: 0 }, outputTokens: { total: 0, text: 0 } };
  const turns = [
    { content: [{ type: 'tool-call', toolCallId: 'call_1', toolName: 'shop_get_order', input: '{"orderId":"o_7"}' }], finishReason: { unified: 'tool-calls' } },
    { content: [{ type: 'text', text: 'Order o_7 is open.' }], finishReason: { unified: 'stop' } },
  ];
  const model = new MockLanguageModelV4({ doGenerate: async () => ({ ...turns.shift(), usage, warnings: [] }) });
  const { tools, toolApproval } = toAISDKTools([shop]);
  const result = await generateText({ model, tools, toolApproval, prompt: 'Is order o_7 open?', stopWhen: stepCountIs(4) });
  assert.equal(result.text, 'Order o_7 is open.');
  assert.deepEqual(result.steps[0].toolResults[0].output.data, { id: 'o_7', status: 'open' });

  const chat = fakeModel()
    .respond(new AIMessage({ content: '', tool_calls: [{ type: 'tool_call', id: 'call_2', name: 'shop_get_order', args: { orderId: 'o_8' } }] }))
    .respond(new AIMessage('Order o_8 is open.'));
  const agent = createAgent({ model: chat, tools: [], middleware: [createApiwireMiddleware([shop])] });
  const state = await agent.invoke({ messages: [{ role: 'user', content: 'Is order o_8 open?' }] });
  assert.equal(state.messages.at(-1).text, 'Order o_8 is open.');
  assert.deepEqual(received, ['GET /orders/o_7', 'GET /orders/o_8']);
} finally {
  server.close();
}
console.log('agents: generateText (MockLanguageModelV4) and createAgent (fakeModel + the middleware) each called the API');
