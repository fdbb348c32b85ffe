// Runs in the consumer app (outside the workspace): every package loads through its `import` condition and works.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as core from '@apiwire/core';
import * as aiSdk from '@apiwire/ai-sdk';
import * as langchain from '@apiwire/langchain';
import * as cli from '@apiwire/cli';
import { consumerSpec } from './consumer-spec.mjs';

for (const [name, module, exports] of [
  ['@apiwire/core', core, ['loadApiServer', 'createToolCatalog', 'estimateToolTokens', 'SpecError']],
  ['@apiwire/ai-sdk', aiSdk, ['toAISDKTools']],
  ['@apiwire/langchain', langchain, ['toLangChainTools', 'createApiwireMiddleware']],
  ['@apiwire/cli', cli, ['runCli', 'loadO200kTokenCounter']],
]) {
  for (const key of exports) assert.equal(typeof module[key], 'function', `${name} (ESM) exports ${key}`);
}
const require = createRequire(import.meta.url);
const manifest = JSON.parse(readFileSync(require.resolve('@apiwire/core/package.json'), 'utf8'));
assert.equal(manifest.name, '@apiwire/core');

const server = createServer((request, response) => {
  response.setHeader('content-type', 'application/json');
  response.end(JSON.stringify({ id: request.url.split('/').pop(), status: 'open' }));
}).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
try {
  const api = await core.loadApiServer({ name: 'shop', spec: consumerSpec, baseUrl: `http://127.0.0.1:${server.address().port}` });
  const result = await api.tool('shop_get_order').invoke({ orderId: 'o_1' });
  assert.deepEqual(result.ok && result.data, { id: 'o_1', status: 'open' });
  const { tools } = aiSdk.toAISDKTools([api]);
  assert.deepEqual(Object.keys(tools), ['shop_get_order']);
  const lcTools = langchain.toLangChainTools([api]);
  assert.equal(JSON.parse(await lcTools[0].invoke({ orderId: 'o_2' })).id, 'o_2');
  assert.equal(typeof langchain.createApiwireMiddleware([api]), 'object');
} finally {
  server.close();
}
console.log('ESM: the four packages import and work (load, invoke, AI SDK tools, LangChain tools and middleware)');
