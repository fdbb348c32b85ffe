/** Builds the descriptor data and the OperationPlan of one operation (everything but `invoke` and policies). */
import type { ServerWarning } from '../api-server';
import type { JsonSchema } from '../json-schema';
import type { LoadApiServerOptions } from '../load-api-server-options';
import type { OperationPlan, SecurityScheme } from '../operation-plan';
import type { SchemaConverter } from '../schema/create-schema-converter';
import { flattenOperationInput } from '../schema/flatten-operation-input';
import type { NestedKeysSafer } from '../schema/make-nested-keys-safe';
import { toolDescription } from '../schema/tool-description';
import type { OperationInfo } from '../tool-descriptor';
import type { SpecOperation } from './collect-operations';
import { resolveServerUrl } from './resolve-server-url';
import { effectiveSecurity, schemesForRequiredParameters, suppliedParameters } from './security-for-operation';
import { successResponse } from './success-response';
import { danglingResponseRefs } from './dangling-response-refs';

/** One operation, ready to become a ToolDescriptor. */
export interface BuiltTool {
  description: string;
  inputSchema: JsonSchema;
  /** `inputSchema` is closed (`additionalProperties: false`) because its spread body is; zod stays open there, as before. */
  closedBySpread: boolean;
  /** Builds the output schema (on first use of `outputSchema`). */
  outputSchema: () => JsonSchema | undefined;
  operation: OperationInfo;
  plan: OperationPlan;
  warnings: ServerWarning[];
}

/** Converts one collected operation; throws SpecError on a broken `$ref` it needs. */
export function buildTool(options: {
  spec: SpecOperation;
  document: Record<string, unknown>;
  converter: SchemaConverter;
  /** Makes nested property keys provider-safe; one per document (it caches the shared components). */
  safeKeys: NestedKeysSafer;
  schemes: Record<string, SecurityScheme>;
  baseUrl: string;
  auth: LoadApiServerOptions['auth'];
  maxDescriptionLength?: number;
}): BuiltTool {
  const { spec, converter } = options;
  const operation = spec.operation;
  const label = `${spec.method} ${spec.path}`;
  const security = effectiveSecurity({ operation, document: options.document, pointer: spec.pointer });
  // fetch refuses a body on GET and HEAD: one with fields (a spec defect, often Swagger 2.0 formData on a GET) is
  // left out with a warning; an empty one (Stripe declares `properties: {}` on every GET) adds nothing either way.
  const droppedBody =
    (spec.method === 'GET' || spec.method === 'HEAD') &&
    operation.requestBody !== undefined &&
    !isEmptyObjectBody({ node: operation.requestBody, resolve: converter.resolve });
  const flattened = flattenOperationInput({
    converter,
    operation: label,
    path: spec.path,
    parameters: spec.parameters,
    requestBody: operation.requestBody === undefined || droppedBody ? undefined : { node: operation.requestBody, pointer: `${spec.pointer}/requestBody` },
    supplied: suppliedParameters({ security, schemes: options.schemes, auth: options.auth }),
  });
  const requiredSchemes = schemesForRequiredParameters({ security, schemes: options.schemes, parameters: spec.parameters });
  const safeKeys = options.safeKeys(flattened.inputSchema);
  const response = successResponse({ operation, pointer: spec.pointer, resolve: converter.resolve });
  const serverList = Array.isArray(operation.servers) ? operation.servers : Array.isArray(spec.pathItem.servers) ? spec.pathItem.servers : undefined;
  const servers = serverList
    ?.map((server) => resolveServerUrl({ server, base: `${options.baseUrl}/` }))
    .filter((url): url is string => url !== undefined);
  const deprecated = operation.deprecated === true;
  const extensions = Object.fromEntries(Object.entries(operation).filter(([key]) => key.startsWith('x-')));
  const info: OperationInfo = {
    ...(typeof operation.operationId === 'string' ? { operationId: operation.operationId } : {}),
    method: spec.method,
    path: spec.path,
    tags: Array.isArray(operation.tags) ? operation.tags.filter((tag): tag is string => typeof tag === 'string') : [],
    deprecated,
    ...(typeof operation.summary === 'string' ? { summary: operation.summary } : {}),
    ...(Object.keys(extensions).length > 0 ? { extensions } : {}),
  };
  const plan: OperationPlan = {
    method: spec.method,
    path: spec.path,
    parameters: flattened.parameters,
    ...(flattened.body ? { body: flattened.body } : {}),
    ...(security ? { security } : {}),
    securitySchemes: options.schemes,
    ...(requiredSchemes.length > 0 ? { requiredSchemes } : {}),
    ...(servers && servers.length > 0 ? { servers } : {}),
    responseMediaTypes: response.mediaTypes,
    ...(safeKeys.restore ? { restoreKeys: safeKeys.restore } : {}),
  };
  const outputSchema = (): JsonSchema | undefined => {
    if (!response.schema) return undefined;
    const context = converter.context('output');
    const schema = converter.convert({ schema: response.schema.node, pointer: response.schema.pointer, context });
    const defs = converter.collectDefs(context);
    return defs ? withTopLevelExpanded({ schema, defs }) : schema;
  };
  return {
    description: toolDescription({
      summary: operation.summary,
      description: operation.description,
      deprecated,
      method: spec.method,
      path: spec.path,
      maxLength: options.maxDescriptionLength,
    }),
    inputSchema: safeKeys.schema,
    closedBySpread: flattened.closed,
    outputSchema,
    operation: info,
    plan,
    warnings: [
      ...(droppedBody
        ? [{ pointer: `${spec.pointer}/requestBody`, operation: label, message: `A ${spec.method} request cannot carry a body; the operation is offered without its request body` }]
        : []),
      ...flattened.warnings,
      ...converter.takeRepairs().map((repair) => ({ pointer: repair.pointer, operation: label, message: repair.message })),
      ...danglingResponseRefs({ operation, document: options.document, pointer: spec.pointer, label }),
    ],
  };
}

/** A request body whose every media type is an object schema without properties that allows no others. */
function isEmptyObjectBody(options: { node: unknown; resolve: (node: unknown) => unknown }): boolean {
  const body = options.resolve(options.node) as { content?: Record<string, { schema?: unknown }> } | undefined;
  const media = Object.values(body?.content ?? {});
  return media.length > 0 && media.every((entry) => {
    const schema = options.resolve(entry?.schema) as { type?: unknown; properties?: object; additionalProperties?: unknown } | undefined;
    return schema?.type === 'object' && Object.keys(schema.properties ?? {}).length === 0 && schema.additionalProperties === false;
  });
}

/**
 * The output schema with its `$defs`; a top-level `{ $ref }` is replaced by the schema it names, which stays in
 * `$defs` only when another definition refers to it.
 */
function withTopLevelExpanded(options: { schema: JsonSchema; defs: Record<string, JsonSchema> }): JsonSchema {
  const { schema, defs } = options;
  const ref = typeof schema.$ref === 'string' && Object.keys(schema).length === 1 ? schema.$ref : undefined;
  const name = ref?.startsWith('#/$defs/') ? ref.slice('#/$defs/'.length) : undefined;
  if (name === undefined || defs[name] === undefined) return { ...schema, $defs: defs };
  const { [name]: top, ...others } = defs;
  const referred = JSON.stringify(others).includes(JSON.stringify(ref)) || JSON.stringify(top).includes(JSON.stringify(ref));
  const kept = referred ? defs : others;
  return Object.keys(kept).length > 0 ? { ...top, $defs: kept } : { ...top };
}
