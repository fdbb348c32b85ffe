import { fixtureSpecPath, startStandInServer, type FixtureServer } from '@apiwire/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadApiServer } from '../../src/index';
import { sampleInput } from './sample-input';

let server: FixtureServer;
beforeAll(async () => {
  server = await startStandInServer();
});
afterAll(async () => {
  await server.close();
});

describe.each(['stripe-2023-09-12.yaml', 'github-2022-07.json'])('schema-valid input, %s', (file) => {
  it('every tool accepts a schema-valid input and sends it', async () => {
    const api = await loadApiServer({ name: 'api', spec: fixtureSpecPath(file), baseUrl: server.url });
    const refused: string[] = [];
    for (const tool of api.tools) {
      const result = await tool.invoke(sampleInput(tool.inputSchema));
      if (!result.ok) refused.push(`${tool.name}: ${result.error.kind} ${result.error.message.slice(0, 200)}`);
    }
    expect(refused).toEqual([]);
  });
});
