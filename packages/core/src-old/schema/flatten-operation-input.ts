/**
 * Flattens one operation's parameters and request body into a single input object schema, and maps every input
 * property back to where it goes in the request.
 *
 * The naming rule, which never drops a value:
 * 1. Every key is made provider-safe first (`filter[status]` -> `filter_status`, see `safePropertyKey`).
 * 2. Parameters claim keys in location order path, query, header, cookie (spec order within one location):
 *    the first keeps its name; a later parameter whose key is taken becomes `<in>_<name>` (`header_id`).
 * 3. A body object's properties are spread beside the parameters; one whose key is taken becomes
 *    `body_<name>`. An open body (`additionalProperties`) lends its rule to the input, whose extra keys go into the
 *    body; a nullable one is spread too (it is then never sent as null). A body that cannot be spread (scalar,
 *    array, oneOf/anyOf, a map without properties, a recursive schema) sits whole under `body`.
 * 4. Should a renamed key still be taken, `_2`, `_3`, … is appended.
 * The schema states what the wire needs: path parameters are never empty (`minLength`/`minItems`/`minProperties`
 * 1), nor are required array and object parameters, nor required arrays and objects of form and multipart bodies.
 * The `ParameterBinding.property` / `BodyField.property` of the plan record the final key; `name` the wire name.
 * Content-Type, Accept and Authorization headers, and parameters supplied by auth, are left out.
 */
import type { ServerWarning } from '../api-server';
import type { JsonSchema } from '../json-schema';
import type { BodyBinding, ParameterBinding } from '../operation-plan';
import { escapePointerSegment } from '../load/json-pointer';
import { buildBodyBinding } from './build-body-binding';
import { bindParameters } from './bind-parameters';
import type { SchemaContext, SchemaConverter } from './create-schema-converter';
import type { OperationParameter } from './operation-parameter';
import { maxPropertyKeyLength } from './safe-property-key';
import type { SuppliedParameters } from './supplied-parameters';
import { claimFreeName } from '../naming/claim-free-name';

/** The flattened input of one operation. */
export interface FlattenedInput {
  inputSchema: JsonSchema;
  /** The input is closed (`additionalProperties: false`) because its spread body is; zod keeps accepting extra keys. */
  closed: boolean;
  parameters: ParameterBinding[];
  body?: BodyBinding;
  warnings: ServerWarning[];
}

/** Builds the input schema and the bindings of one operation. */
export function flattenOperationInput(options: {
  converter: SchemaConverter;
  operation: string;
  path: string;
  parameters: OperationParameter[];
  requestBody?: { node: unknown; pointer: string };
  supplied: SuppliedParameters;
}): FlattenedInput {
  const { converter } = options;
  const context: SchemaContext = converter.context('input');
  const warnings: ServerWarning[] = [];
  const taken = new Set<string>();
  const claim = (key: string, renamed: string): string => claimFreeName(taken.has(key) ? renamed : key, taken, maxPropertyKeyLength);

  const declared = withUndeclaredPathParameters({ ...options, warnings });
  const { properties, required, bindings } = bindParameters({
    parameters: declared,
    operation: options.operation,
    supplied: options.supplied,
    converter,
    context,
    claim,
    warnings,
  });

  let body: BodyBinding | undefined;
  let openBody: unknown;
  let closed = false;
  if (options.requestBody) {
    const built = buildBodyBinding({
      converter,
      context,
      node: options.requestBody.node,
      pointer: options.requestBody.pointer,
      operation: options.operation,
      claim,
    });
    warnings.push(...built.warnings);
    body = built.body;
    openBody = built.additionalProperties;
    if (built.body) {
      for (const [property, schema] of Object.entries(built.properties)) properties[property] = schema;
      required.push(...built.required);
      closed = built.closed;
    }
  }

  const inputSchema: JsonSchema = { type: 'object', properties };
  if (openBody !== undefined) inputSchema.additionalProperties = openBody;
  if (required.length > 0) inputSchema.required = required;
  if (closed) inputSchema.additionalProperties = false;
  const defs = converter.collectDefs(context);
  if (defs) inputSchema.$defs = defs;
  return { inputSchema, closed, parameters: bindings, body, warnings };
}

/** The declared parameters, plus a required string for each `{name}` in the path that none declares (warned). */
function withUndeclaredPathParameters(options: {
  path: string;
  operation: string;
  parameters: OperationParameter[];
  warnings: ServerWarning[];
}): OperationParameter[] {
  const declared = new Set(
    options.parameters.filter((entry) => entry.parameter.in === 'path').map((entry) => String(entry.parameter.name)),
  );
  const added: OperationParameter[] = [];
  for (const match of options.path.matchAll(/\{([^}]+)\}/g)) {
    const name = match[1];
    if (declared.has(name)) continue;
    declared.add(name);
    options.warnings.push({
      pointer: `/paths/${escapePointerSegment(options.path)}`,
      operation: options.operation,
      message: `Path parameter '${name}' is not declared; it is taken as a required string`,
    });
    added.push({ parameter: { name, in: 'path', required: true, schema: { type: 'string' } }, pointer: '' });
  }
  return [...options.parameters, ...added];
}
