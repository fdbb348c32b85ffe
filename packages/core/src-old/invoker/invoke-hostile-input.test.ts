import { fixtureSpecPath, startStandInServer, type FixtureServer } from '@apiwire/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadApiServer, type ToolDescriptor, type ToolResult } from '../index';

// Whatever the model sends, every tool of a real spec answers with a result it can read: invoke never throws,
// a header value never carries a line break, nothing is sent to another origin, and the secret never comes back.

const secret = 'sk_live_hostile_input_secret_4242';
const hostileStrings = ['', '../..', '%2e%2e', 'a\r\nX-Injected: yes', 'nul\u0000byte', 'x'.repeat(5_000), 'http://evil.example/', '🙂 ünïcode'];
const hostileValues: unknown[] = [null, -1, 1e308, 0.5, true, [], ['a', 1, null], { nested: { deeper: [{}] } }, ...hostileStrings];
const errorKinds = new Set(['invalid_input', 'http_error', 'network', 'timeout', 'denied', 'response_too_large']);

let server: FixtureServer;

beforeAll(async () => {
  server = await startStandInServer();
});

afterAll(async () => {
  await server.close();
});

/** The inputs tried on one tool: not objects at all, unknown and prototype keys, every property set to one bad value. */
function hostileInputs(tool: ToolDescriptor): unknown[] {
  const properties = Object.keys(tool.inputSchema.properties ?? {});
  const every = (value: unknown) => Object.fromEntries(properties.map((property) => [property, value]));
  return [
    undefined,
    null,
    0,
    'text',
    [],
    {},
    { not_a_parameter: 1 },
    JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
    ...hostileValues.map(every),
  ];
}

function expectReadable(result: ToolResult): void {
  expect(typeof result.ok).toBe('boolean');
  if (!result.ok) {
    expect(errorKinds.has(result.error.kind)).toBe(true);
    expect(result.error.message.length).toBeGreaterThan(0);
  }
  expect(JSON.stringify(result)).not.toContain(secret);
}

describe.each([
  { spec: 'billing.yaml', step: 1 },
  { spec: 'stripe-2023-09-12.yaml', step: 3 },
  { spec: 'github-2022-07.json', step: 5 },
])('hostile model input, $spec', ({ spec, step }) => {
  it('every tool answers every input with a result the model can read, and sends nothing unsafe', async () => {
    server.reset();
    const api = await loadApiServer({
      name: 'api',
      spec: fixtureSpecPath(spec),
      baseUrl: server.url,
      auth: { headers: { Authorization: `Bearer ${secret}` } },
    });
    const tools = api.tools.filter((_, index) => index % step === 0);
    let results = 0;
    let invalid = 0;
    for (const tool of tools) {
      for (const input of hostileInputs(tool)) {
        const result = await tool.invoke(input);
        expectReadable(result);
        results += 1;
        if (!result.ok && result.error.kind === 'invalid_input') invalid += 1;
      }
    }
    // Most of these inputs are wrong and are refused before sending; the rest reached the stand-in server.
    expect(invalid).toBeGreaterThan(results / 2);
    expect(server.requests.length).toBeGreaterThan(0);
    expect(server.requests.length).toBeLessThanOrEqual(results - invalid);
    for (const request of server.requests) {
      for (const [name, value] of Object.entries(request.headers)) {
        expect(`${name}: ${String(value)}`).not.toMatch(/[\r\n\u0000]/);
      }
      expect(request.headers['x-injected']).toBeUndefined();
      expect(request.path).not.toMatch(/(^|\/)\.\.?(\/|$)/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
