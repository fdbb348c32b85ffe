/** Loads an OpenAPI document and turns every operation into a ToolDescriptor: the entry point of @apiwire/core. */
import type { ZodType } from 'zod';
import type { ApiServer, ServerWarning } from './api-server';
import { createServerInvoker } from './invoker/create-server-invoker';
import type { JsonSchema } from './json-schema';
import { buildTool } from './load/build-tool';
import { apiOrigins } from './load/api-origins';
import { collectOperations } from './load/collect-operations';
import { loadSpecDocument } from './load/load-spec-document';
import { neededRefError } from './load/needed-ref-error';
import { outputSchemaOrWarning } from './load/output-schema-or-warning';
import { serverInfo } from './load/server-info';
import { unresolvedRefWarnings } from './load/unresolved-ref-warnings';
import { resolveBaseUrl } from './load/resolve-base-url';
import { securitySchemesOf } from './load/security-for-operation';
import type { LoadApiServerOptions } from './load-api-server-options';
import { assignToolNames } from './naming/assign-tool-names';
import { applyOperationOverrides } from './policies/apply-operation-overrides';
import { applyOperationPolicies } from './policies/apply-operation-policies';
import type { OperationPlan } from './operation-plan';
import { applyResultsOptions } from './results/apply-results-options';
import { createSchemaConverter } from './schema/create-schema-converter';
import { readSynonymGroups } from './search/read-synonym-groups';
import { createNestedKeysSafer } from './schema/make-nested-keys-safe';
import { createZodSchema } from './schema/create-zod-schema';
import { defaultMaxDescriptionLength } from './schema/tool-description';
import type { ToolDescriptor } from './tool-descriptor';

/**
 * Registers an HTTP API by its OpenAPI document (Swagger 2.0, OpenAPI 3.0 or 3.1): one tool per operation.
 * Throws SpecError (with a JSON pointer) when the spec cannot be used; losses land in `server.warnings`.
 *
 * @example
 * ```ts
 * const billing = await loadApiServer({ name: 'billing', spec: './billing.yaml' });
 * billing.tool('billing_get_invoice'); // also by id: billing.tool('billing.get_invoice')
 * ```
 */
export async function loadApiServer(options: LoadApiServerOptions): Promise<ApiServer> {
  const synonyms = readSynonymGroups(options.synonyms);
  const spec = await loadSpecDocument(options);
  const { document, source } = spec;
  const baseUrl = resolveBaseUrl({ baseUrl: options.baseUrl, document, location: spec.location, source });
  const maxDescriptionLength = options.maxDescriptionLength ?? defaultMaxDescriptionLength;
  const converter = createSchemaConverter({ document, source, maxDescriptionLength });
  const safeKeys = createNestedKeysSafer();
  const schemes = securitySchemesOf({ document, resolve: converter.resolve });
  const neededRef = (error: unknown): unknown => neededRefError({ error, unresolved: spec.unresolved });
  const warnings: ServerWarning[] = unresolvedRefWarnings({ document, unresolved: spec.unresolved });
  let collected: ReturnType<typeof collectOperations>;
  try {
    collected = collectOperations({ document, source });
  } catch (error) {
    throw neededRef(error);
  }
  warnings.push(...collected.warnings);
  if (document.paths === undefined) {
    warnings.push({ pointer: '/webhooks', message: 'The spec has webhooks but no paths; webhooks are not tools' });
  }
  const names = assignToolNames({
    server: options.name,
    operations: collected.operations.map((entry) => ({
      operationId: typeof entry.operation.operationId === 'string' ? entry.operation.operationId : undefined,
      method: entry.method,
      path: entry.path,
    })),
  });
  const server: ApiServer = {
    name: options.name,
    baseUrl,
    info: serverInfo({ document, name: options.name }),
    tools: [],
    tool: (nameOrId) => byName.get(nameOrId),
    warnings,
  };
  const invoker = createServerInvoker({ server, options });
  const plans = new Map<ToolDescriptor, OperationPlan>();
  const all: ToolDescriptor[] = collected.operations.map((entry, index) => {
    let built: ReturnType<typeof buildTool>;
    try {
      built = buildTool({ spec: entry, document, converter, safeKeys, schemes, baseUrl, auth: options.auth, maxDescriptionLength });
    } catch (error) {
      throw neededRef(error);
    }
    warnings.push(...built.warnings.map((warning) => ({ ...warning, tool: names[index].name })));
    const descriptor = createDescriptor({
      name: names[index].name,
      id: names[index].id,
      server: options.name,
      description: built.description,
      inputSchema: built.inputSchema,
      closedBySpread: built.closedBySpread,
      outputSchema: outputSchemaOrWarning({ build: () => built.outputSchema(), operation: `${entry.method} ${entry.path}`, warnings }),
      operation: built.operation,
    });
    descriptor.invoke = invoker.invokeFor({ plan: built.plan, descriptor: () => descriptor });
    plans.set(descriptor, built.plan);
    return descriptor;
  });
  const policies = applyOperationPolicies({ tools: all, operations: options.operations });
  warnings.push(...policies.warnings);
  const overrides = applyOperationOverrides({ tools: policies.tools, planOf: (tool) => plans.get(tool)!, operations: options.operations });
  warnings.push(...overrides.warnings);
  server.tools = policies.tools;
  applyResultsOptions({ tools: server.tools, plans, results: options.results, apiOrigins: apiOrigins({ baseUrl, document }) });
  if (synonyms !== undefined) for (const tool of server.tools) tool.synonyms = synonyms;
  const byName = new Map<string, ToolDescriptor>();
  for (const tool of server.tools) {
    byName.set(tool.name, tool);
    byName.set(tool.id, tool);
  }
  return server;
}

/**
 * A descriptor whose `outputSchema` (enumerable) and `zodSchema` (not enumerable, so JSON.stringify skips it)
 * are built on first access.
 */
function createDescriptor(options: {
  name: string;
  id: string;
  server: string;
  description: string;
  inputSchema: JsonSchema;
  /** The input is closed only because its spread body is (see BuiltTool.closedBySpread). */
  closedBySpread: boolean;
  outputSchema: () => JsonSchema | undefined;
  operation: ToolDescriptor['operation'];
}): ToolDescriptor {
  const descriptor = {
    name: options.name,
    id: options.id,
    server: options.server,
    description: options.description,
    inputSchema: options.inputSchema,
    operation: options.operation,
    requiresApproval: false,
    deferred: false,
    invoke: undefined as unknown as ToolDescriptor['invoke'],
  } as ToolDescriptor;
  let output: { value: JsonSchema | undefined } | undefined;
  Object.defineProperty(descriptor, 'outputSchema', {
    enumerable: true,
    configurable: true,
    get: () => (output ??= { value: options.outputSchema() }).value,
    set: (value: JsonSchema | undefined) => {
      output = { value };
    },
  });
  let zod: ZodType | undefined;
  Object.defineProperty(descriptor, 'zodSchema', {
    enumerable: false,
    configurable: true,
    // From the descriptor's schema as it is on first use (after `operations.bind` removed bound properties and
    // `results: { select }` added the field-selection input); open at the top level where only the spread body
    // closed it, as zod always was there.
    get: () => (zod ??= createZodSchema(options.closedBySpread ? withoutTopLevelClosure(descriptor.inputSchema) : descriptor.inputSchema)),
  });
  return descriptor;
}

function withoutTopLevelClosure(schema: JsonSchema): JsonSchema {
  const { additionalProperties: _closed, ...open } = schema;
  return open;
}
