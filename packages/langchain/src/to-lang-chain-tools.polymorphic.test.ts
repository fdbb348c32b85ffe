import { loadApiServer } from '@apiwire/core';
import { fixtureSpecPath, startStandInServer, type FixtureServer } from '@apiwire/fixtures';
import type { ToolMessage } from '@langchain/core/messages';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toLangChainTools } from './index';

let api: FixtureServer;
beforeAll(async () => {
  api = await startStandInServer();
});
afterAll(async () => {
  await api.close();
});

describe('a polymorphic body (oneOf of loose objects with a discriminator)', () => {
  test('LangChain\'s own check refuses a body that matches both branches; apiwire validates it and sends it', async () => {
    const server = await loadApiServer({ name: 'pets', spec: fixtureSpecPath('polymorphic-pets.yaml'), baseUrl: api.url });
    const [tool] = toLangChainTools([server]);
    const body = { pet_type: 'Dog', name: 'Rex', barks: true };
    const message = (await tool.invoke({ type: 'tool_call', id: 'c1', name: tool.name, args: { body } })) as ToolMessage;

    expect(message.status).toBe('success');
    expect(api.requests.map((request) => [request.method, request.path, JSON.parse(request.body)])).toEqual([['POST', '/pets', body]]);
  });
});
