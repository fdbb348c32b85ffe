import { loadApiServer } from '@apiwire/core';
import { fixtureSpecPath, startStandInServer, type FixtureServer } from '@apiwire/fixtures';
import { generateText, stepCountIs } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toAISDKTools } from './index';
import { scriptedLanguageModel, text, toolCall, toolResultSeen } from '@apiwire/fixtures/ai-sdk';

let api: FixtureServer;
beforeAll(async () => {
  api = await startStandInServer();
});
afterAll(async () => {
  await api.close();
});

describe('a polymorphic body (oneOf of loose objects with a discriminator)', () => {
  it('a body valid for the API matches both branches and is still sent', async () => {
    const server = await loadApiServer({ name: 'pets', spec: fixtureSpecPath('polymorphic-pets.yaml'), baseUrl: api.url });
    const { tools } = toAISDKTools([server]);
    const body = { pet_type: 'Cat', name: 'Tom', indoor: true };
    const { model, calls } = scriptedLanguageModel([
      [toolCall({ id: 'call_cat', name: 'pets_create_pet', input: { body } })],
      [text('Tom is registered.')],
    ]);
    await generateText({ model, tools, prompt: 'Register my cat Tom.', stopWhen: stepCountIs(3) });

    expect(api.requests.map((request) => [request.method, request.path, JSON.parse(request.body)])).toEqual([['POST', '/pets', body]]);
    expect(toolResultSeen(calls[1], 'call_cat')?.type).toBe('json');
  });
});
