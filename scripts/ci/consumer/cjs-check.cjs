// Runs in the consumer app (outside the workspace): every package loads through its `require` condition and works.
const assert = require('node:assert/strict');
const { createServer } = require('node:http');
const core = require('@apiwire/core');
const aiSdk = require('@apiwire/ai-sdk');
const langchain = require('@apiwire/langchain');
const cli = require('@apiwire/cli');

for (const [name, module, exports] of [
  ['@apiwire/core', core, ['loadApiServer', 'createToolCatalog', 'estimateToolTokens', 'SpecError']],
  ['@apiwire/ai-sdk', aiSdk, ['toAISDKTools']],
  ['@apiwire/langchain', langchain, ['toLangChainTools', 'createApiwireMiddleware']],
  ['@apiwire/cli', cli, ['runCli', 'loadO200kTokenCounter']],
]) {
  for (const key of exports) assert.equal(typeof module[key], 'function', `${name} (CommonJS) exports ${key}`);
  assert.ok(require.resolve(name).endsWith('.cjs'), `${name} resolves to its CommonJS build, got ${require.resolve(name)}`);
}
assert.equal(require('@apiwire/core/package.json').name, '@apiwire/core');

async function main() {
  const { consumerSpec } = await import('./consumer-spec.mjs');
  const server = createServer((request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ id: request.url.split('/').pop(), status: 'open' }));
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    // YAML text: the YAML reader is imported on first use, which must work from the CommonJS build too.
    const yaml = `openapi: 3.1.0\ninfo: { title: Shop, version: '1' }\npaths:\n  /orders/{orderId}:\n    get:\n      operationId: getOrder\n      parameters: [{ name: orderId, in: path, required: true, schema: { type: string } }]\n      responses: { '200': { description: ok } }\n`;
    const fromYaml = await core.loadApiServer({ name: 'shop', spec: yaml, baseUrl: 'http://127.0.0.1:1' });
    assert.deepEqual(fromYaml.tools.map((tool) => tool.name), ['shop_get_order']);
    const api = await core.loadApiServer({ name: 'shop', spec: consumerSpec, baseUrl: `http://127.0.0.1:${server.address().port}` });
    const result = await api.tool('shop_get_order').invoke({ orderId: 'o_1' });
    assert.deepEqual(result.ok && result.data, { id: 'o_1', status: 'open' });
    assert.deepEqual(Object.keys(aiSdk.toAISDKTools([api]).tools), ['shop_get_order']);
    const lcTools = langchain.toLangChainTools([api]);
    assert.equal(JSON.parse(await lcTools[0].invoke({ orderId: 'o_2' })).id, 'o_2');
    // Swagger 2.0: the upgrader is imported on first use.
    const swagger = await core.loadApiServer({ name: 'old', spec: { swagger: '2.0', info: { title: 'Old', version: '1' }, host: 'example.com', paths: { '/pets': { get: { operationId: 'listPets', responses: { 200: { description: 'ok' } } } } } } });
    assert.deepEqual(swagger.tools.map((tool) => tool.name), ['old_list_pets']);
  } finally {
    server.close();
  }
  console.log('CommonJS: the four packages require and work (load JSON, YAML and Swagger 2.0, invoke, AI SDK and LangChain tools)');
}
main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
