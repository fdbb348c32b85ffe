/**
 * The wire rule, checked by drawing inputs: any input a tool's JSON Schema accepts is sent as the spec describes
 * (so the schema states every constraint the invoker enforces).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { loadApiServer, type ApiServer } from '../../src/index';
import type { ToolDescriptor } from '../../src/tool-descriptor';
import { collectOperations } from '../../src/load/collect-operations';
import { loadSpecDocument } from '../../src/load/load-spec-document';
import { checkSentRequest, type SpecOperationView } from './check-sent-request';
import { randomInput, seededRandom } from './random-input';

/** What one run found: calls made, draws the schema refused (skipped), and every broken promise. */
export interface WireRuleReport {
  calls: number;
  skipped: number;
  failures: string[];
}

/**
 * Loads `spec` with a recording fetch, draws `samples` inputs per tool (seeded), keeps those a 2020-12 validator
 * (Ajv) accepts, invokes each and checks the result: refused input (`invalid_input`) or a request that does not fit
 * the spec (see checkSentRequest) is a failure, named with the tool, the draw's seed and the input.
 */
export async function checkWireRule(options: {
  spec: string;
  samples: number;
  seed?: number;
  /** Runs once the server is loaded, e.g. to pick tools. */
  select?: (tools: ToolDescriptor[]) => ToolDescriptor[];
}): Promise<WireRuleReport> {
  const baseUrl = 'https://api.wire-rule.test/base';
  const sent: Request[] = [];
  const spec = await loadSpecDocument({ spec: options.spec });
  const server: ApiServer = await loadApiServer({
    name: 'api',
    spec: options.spec,
    baseUrl,
    retry: false,
    // API keys the spec declares get a value, as a user's would: parameters they cover are auth's to send
    auth: { schemes: apiKeyCredentials(spec.document) },
    fetch: async (input, init) => {
      sent.push(input instanceof Request ? input.clone() : new Request(input, init));
      return Response.json({ ok: true });
    },
  });
  const views = new Map<string, SpecOperationView>();
  for (const entry of collectOperations({ document: spec.document, source: spec.source }).operations) {
    views.set(`${entry.method} ${entry.path}`, { method: entry.method, path: entry.path, parameters: entry.parameters, requestBody: entry.operation.requestBody, document: spec.document });
  }
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: false });
  const report: WireRuleReport = { calls: 0, skipped: 0, failures: [] };
  const tools = options.select ? options.select(server.tools) : server.tools;
  for (const [index, tool] of tools.entries()) {
    let validate: ReturnType<typeof ajv.compile>;
    try {
      validate = ajv.compile(tool.inputSchema);
    } catch (error) {
      report.failures.push(`${tool.name}: Ajv cannot compile the input schema: ${(error as Error).message}`);
      continue;
    }
    for (let sample = 0; sample < options.samples; sample++) {
      const seed = (options.seed ?? 1) * 1_000_003 + index * 1_009 + sample;
      const input = randomInput({ schema: tool.inputSchema, random: seededRandom(seed) });
      if (!validate(input)) {
        report.skipped++;
        continue;
      }
      report.calls++;
      sent.length = 0;
      const shown = `${tool.name} (seed ${seed}, input ${JSON.stringify(input).slice(0, 300)})`;
      const result = await tool.invoke(input, { approval: { approved: true } });
      if (!result.ok) {
        report.failures.push(`${shown}: ${result.error.kind}: ${result.error.message.slice(0, 300)}`);
        continue;
      }
      const view = views.get(`${tool.operation.method} ${tool.operation.path}`)!;
      for (const request of sent) {
        const problems = await checkSentRequest({ request, baseUrl, operation: view });
        if (problems.length > 0) report.failures.push(`${shown}: ${problems.join('; ')}`);
      }
    }
  }
  return report;
}

/** A stand-in value for every apiKey security scheme of the (upgraded) document. */
function apiKeyCredentials(document: unknown): Record<string, string> {
  const schemes = (document as { components?: { securitySchemes?: Record<string, { type?: unknown }> } }).components?.securitySchemes ?? {};
  return Object.fromEntries(
    Object.entries(schemes)
      .filter(([, scheme]) => scheme?.type === 'apiKey')
      .map(([name]) => [name, 'wire-rule-key']),
  );
}
