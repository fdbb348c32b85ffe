import { loadApiServer } from '@apiwire/core';
import { fixtureSpecPath, startStandInServer, type FixtureServer } from '@apiwire/fixtures';
import { convertToOpenAITool } from '@langchain/core/utils/function_calling';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiwireTool, toLangChainTools } from './index';

describe('toLangChainTools with a provider profile', () => {
  let stripe: FixtureServer;
  beforeAll(async () => {
    stripe = await startStandInServer();
  });
  afterAll(async () => {
    await stripe.close();
  });

  it('OpenAI strict: bindTools gets closed schemas, and a key/value list reaches the API as the metadata map', async () => {
    const server = await loadApiServer({ name: 'stripe', spec: fixtureSpecPath('stripe-2023-09-12.yaml'), baseUrl: stripe.url });
    const tools = toLangChainTools([server], { provider: 'openai', strict: true });
    const customers = tools.find((tool) => tool.name === 'stripe_post_customers')!;
    const definition = convertToOpenAITool(customers, { strict: true });
    const parameters = definition.function.parameters as { additionalProperties: unknown; required: string[]; properties: Record<string, unknown> };
    expect((definition.function as { strict?: boolean }).strict).toBe(true);
    expect(parameters.additionalProperties).toBe(false);
    expect(parameters.required).toEqual(Object.keys(parameters.properties));
    expect(JSON.stringify(parameters)).not.toContain('maxLength');

    const args = Object.fromEntries(Object.keys(parameters.properties).map((key) => [key, null]));
    Object.assign(args, { email: 'ada@example.com', metadata: [{ key: 'team', value: 'core' }] });
    const message = await customers.invoke({ type: 'tool_call', id: 'call_1', name: customers.name, args });
    expect(message.status).toBe('success');
    expect([...new URLSearchParams(stripe.requests.at(-1)!.body)]).toEqual([['email', 'ada@example.com'], ['metadata[team]', 'core']]);
  });

  it('Anthropic strict: at most 20 tools carry extras.strict, the rest keep their default-mode schema', async () => {
    const server = await loadApiServer({ name: 'gh', spec: fixtureSpecPath('github-2022-07.json'), baseUrl: 'http://127.0.0.1:1' });
    const tools = toLangChainTools([server], { provider: 'anthropic', strict: true }) as ApiwireTool[];
    const strict = tools.filter((tool) => tool.extras?.strict === true);
    expect(strict.length).toBeGreaterThan(0);
    expect(strict.length).toBeLessThanOrEqual(20);
    expect(tools.filter((tool) => JSON.stringify(tool.schema).includes('"minimum"')).every((tool) => tool.extras?.strict !== true)).toBe(true);
  });
});
