import { loadApiServer, type ApiServer, type LoadApiServerOptions } from '../../src/index';
import { fixtureSpecPath } from '@apiwire/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleInput } from './sample-input';
import { startPrismMock, type PrismMock } from './start-prism-mock';

/**
 * Conformance: every operation of four specs is invoked with a generated schema-valid input against Prism run as
 * a validating mock (`prism mock --errors`). Prism reports request violations as 422 (or the spec's 400) with an
 * `sl-violations` header; none may occur.
 */
const specs: Array<{ file: string; auth: LoadApiServerOptions['auth'] }> = [
  { file: 'petstore3.yaml', auth: { schemes: { petstore_auth: 'petstore-token', api_key: 'petstore-key' } } },
  { file: 'billing.yaml', auth: { schemes: { bearerAuth: 'billing-token' } } },
  { file: 'forms.yaml', auth: { schemes: { apiKey: 'forms-key' } } },
  { file: 'twilio_verify_v2.json', auth: { schemes: { accountSid_authToken: { username: 'AC-test', password: 'token' } } } },
];

/**
 * Prism's own limit: it reads a form body's repeated field (`EventTypes=a&EventTypes=b`, OpenAPI's default for a
 * list in a form body, `style: form`, `explode: true`, which Twilio's servers read) as one string, and answers that
 * the list "must be array". A 422 whose every complaint is exactly that is Prism's limit; any other complaint fails.
 */
function isPrismFormListLimit(body: unknown): boolean {
  const validation = (body as { validation?: Array<{ location?: string[]; code?: string; message?: string }> } | undefined)?.validation;
  return (
    Array.isArray(validation) &&
    validation.length > 0 &&
    validation.every((item) => item.location?.[0] === 'body' && item.code === 'type' && /^Request body property \S+ must be array$/.test(item.message ?? ''))
  );
}

interface Violation {
  tool: string;
  status: number | undefined;
  violations: string;
}

const mocks = new Map<string, PrismMock>();
/** Per spec: the loaded server, the tool being invoked, and what Prism reported. */
const runs = new Map<string, { server: ApiServer; current: { tool: string }; violations: Violation[] }>();

beforeAll(async () => {
  await Promise.all(
    specs.map(async ({ file, auth }) => {
      const specPath = fixtureSpecPath(file);
      const mock = await startPrismMock({ specPath });
      mocks.set(file, mock);
      const violations: Violation[] = [];
      const current = { tool: '' };
      const server = await loadApiServer({
        name: file.replace(/\W.*$/, ''),
        spec: specPath,
        baseUrl: mock.url,
        auth,
        retry: false,
        // Prism reports what it found wrong with a request in the sl-violations header.
        fetch: async (input, init) => {
          const response = await globalThis.fetch(input, init);
          const header = response.headers.get('sl-violations');
          const requestViolations = header
            ? (JSON.parse(header) as Array<{ location: string[]; message: string }>).filter((item) => item.location[0] === 'request')
            : [];
          if (requestViolations.length > 0 || response.status === 422) {
            violations.push({ tool: current.tool, status: response.status, violations: requestViolations.map((item) => `${item.location.join('.')}: ${item.message}`).join('; ') });
          }
          return response;
        },
      });
      runs.set(file, { server, current, violations });
    }),
  );
}, 120_000);

afterAll(async () => {
  await Promise.all([...mocks.values()].map((mock) => mock.close()));
});

describe.each(specs.map((spec) => spec.file))('Prism accepts every request apiwire sends for %s', (file) => {
  it('invokes every operation with a schema-valid input: no 422, no request violation', async () => {
    const { server, current, violations } = runs.get(file)!;
    const rejected: string[] = [];
    const prismLimited: string[] = [];
    expect(server.tools.length).toBeGreaterThan(4);
    for (const tool of server.tools) {
      current.tool = tool.name;
      const input = sampleInput(tool.inputSchema);
      const result = await tool.invoke(input, { approval: { approved: true } });
      if (!result.ok && (result.error.kind === 'invalid_input' || result.error.kind === 'network' || result.error.kind === 'denied')) {
        rejected.push(`${tool.name}: ${result.error.kind}: ${result.error.message} (input ${JSON.stringify(input).slice(0, 200)})`);
      }
      if (!result.ok && result.status === 422) {
        if (isPrismFormListLimit(result.error.body)) prismLimited.push(tool.name);
        else rejected.push(`${tool.name}: HTTP 422 ${JSON.stringify(result.error.body).slice(0, 300)}`);
      }
    }
    // a limited call's 422 carries no sl-violations header (its complaint is in the body, judged above)
    const reported = violations
      .filter((item) => !(prismLimited.includes(item.tool) && item.violations === ''))
      .map((item) => `${item.tool}: HTTP ${item.status}: ${item.violations}`);
    expect([...rejected, ...reported]).toEqual([]);
    // the limit is Twilio's three list fields; Prism judges every other call of the four specs
    expect(prismLimited).toEqual(file === 'twilio_verify_v2.json' ? ['twilio_verify_v2_create_challenge', 'twilio_verify_v2_create_webhook', 'twilio_verify_v2_update_webhook'] : []);
  });
});
