/**
 * Every tool of Stripe 2023, GitHub 2022 and a sample of the corpus (../shared/corpus, when present) through the
 * real OpenAI (Responses), Anthropic and Gemini packages, default and strict, 100 tools per request, with a fetch
 * that records the request: no definition breaks the provider's documented rules (provider-rules.md) and no request
 * goes over a per-request cap. The full run over current GitHub and the whole corpus is `pnpm providers`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadApiServer, type ApiServer, type SchemaProvider } from '@apiwire/core';
import { fixtureSpecPath, startStandInServer, type FixtureServer } from '@apiwire/fixtures';
import { generateText, stepCountIs } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordToolDefinitions, requestCapViolations, scriptedLanguageModel, text, toolCall, toolDefinitionViolations } from '@apiwire/fixtures/ai-sdk';
import { toAISDKTools } from './index';

const providers: SchemaProvider[] = ['openai', 'anthropic', 'google'];
const corpus = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
/** Every 12th spec of the corpus manifest: 14 specs of 168, across its sources. */
const corpusSample = existsSync(`${corpus}manifest.json`)
  ? (JSON.parse(readFileSync(`${corpus}manifest.json`, 'utf8')) as Array<{ file: string }>)
      .filter((_, index) => index % 12 === 0)
      .map((entry) => fileURLToPath(new URL(`../../../../shared/${entry.file}`, import.meta.url)))
  : [];
const specs = [fixtureSpecPath('stripe-2023-09-12.yaml'), fixtureSpecPath('github-2022-07.json'), ...corpusSample];

async function brokenRules(server: ApiServer, provider: SchemaProvider, strict: boolean): Promise<string[]> {
  const { tools } = toAISDKTools([server], { provider, strict });
  const names = Object.keys(tools);
  const broken: string[] = [];
  for (let start = 0; start < names.length; start += 100) {
    const chunk = Object.fromEntries(names.slice(start, start + 100).map((name) => [name, tools[name]]));
    const definitions = await recordToolDefinitions({ provider, tools: chunk });
    expect(definitions).toHaveLength(Object.keys(chunk).length);
    if (!strict) expect(definitions.every((definition) => !definition.strict)).toBe(true);
    broken.push(...requestCapViolations({ provider, definitions }).map((cap) => `request ${start / 100}: ${cap}`));
    for (const definition of definitions) {
      broken.push(...toolDefinitionViolations({ provider, definition }).map((violation) => `${violation.tool} ${violation.pointer}: ${violation.rule}`));
    }
  }
  return broken;
}

describe.each(specs)('provider rules, %s', (path) => {
  it.each(providers)('%s accepts every tool definition, default and strict', { timeout: 240_000 }, async (provider) => {
    const server = await loadApiServer({ name: 'api', spec: path, baseUrl: 'http://127.0.0.1:1' });
    expect(await brokenRules(server, provider, false)).toEqual([]);
    expect(await brokenRules(server, provider, true)).toEqual([]);
  });
});

describe('the rule check', () => {
  it('finds what the spec schemas break when sent strict as they are (so it can fail)', async () => {
    const server = await loadApiServer({ name: 'api', spec: fixtureSpecPath('stripe-2023-09-12.yaml'), baseUrl: 'http://127.0.0.1:1' });
    const rules = (provider: SchemaProvider, name = 'api_post_customers') =>
      toolDefinitionViolations({ provider, definition: { name, schema: server.tool(name)!.inputSchema, strict: true } }).map((violation) => violation.rule);
    expect(rules('openai')).toEqual(expect.arrayContaining(['OpenAI strict: keyword maxLength is not supported', 'OpenAI strict: every property is required']));
    expect(rules('anthropic')).toEqual(expect.arrayContaining(['Anthropic strict: keyword maxLength is not supported']));
    const gemini = {
      type: 'object',
      properties: { mood: { type: ['string', 'null'], enum: ['calm', null] }, tree: { $ref: '#/$defs/Node', description: 'A tree.' } },
      $defs: { Node: { type: 'object', properties: { first: { $ref: '#/$defs/Node' } }, required: ['first'] } },
    };
    expect(toolDefinitionViolations({ provider: 'google', definition: { name: 'g', schema: gemini, strict: false } }).map((violation) => violation.rule)).toEqual([
      'Gemini: enum values are strings or numbers',
      'Gemini: $ref has no sibling keywords',
      'Gemini: a recursive $ref is not reachable through required properties alone',
    ]);
    const many = Array.from({ length: 21 }, (_, index) => ({ name: `t${index}`, schema: { type: 'object' }, strict: true }));
    expect(requestCapViolations({ provider: 'anthropic', definitions: many })).toEqual(['21 strict tools (at most 20)']);
  });
});

describe('strict input goes back to the spec shape before it is sent', () => {
  let stripe: FixtureServer;
  beforeAll(async () => {
    stripe = await startStandInServer();
  });
  afterAll(async () => {
    await stripe.close();
  });

  it('a key/value list becomes the metadata map and omitted nulls are left out (OpenAI strict)', async () => {
    const server = await loadApiServer({ name: 'stripe', spec: fixtureSpecPath('stripe-2023-09-12.yaml'), baseUrl: stripe.url });
    const { tools } = toAISDKTools([server], { provider: 'openai', strict: true });
    const schema = server.tool('stripe_post_customers')!;
    const input = Object.fromEntries(Object.keys(schema.inputSchema.properties!).map((key) => [key, null]));
    Object.assign(input, { email: 'ada@example.com', metadata: [{ key: 'team', value: 'core' }, { key: 'tier', value: 'gold' }] });
    const { model } = scriptedLanguageModel([[toolCall({ id: 'call_1', name: 'stripe_post_customers', input })], [text('done')]]);
    await generateText({ model, tools, prompt: 'add Ada', stopWhen: stepCountIs(3) });
    expect(stripe.requests).toHaveLength(1);
    const form = new URLSearchParams(stripe.requests[0].body);
    expect([...form]).toEqual([['email', 'ada@example.com'], ['metadata[team]', 'core'], ['metadata[tier]', 'gold']]);
  });
});
