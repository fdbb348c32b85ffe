/** Binds an operation's path, query, header and cookie parameters to input properties (see flattenOperationInput). */
import type { ServerWarning } from '../api-server';
import type { JsonSchema } from '../json-schema';
import type { ParameterBinding, ParameterLocation } from '../operation-plan';
import type { SchemaContext, SchemaConverter } from './create-schema-converter';
import type { OperationParameter } from './operation-parameter';
import type { SuppliedParameters } from './supplied-parameters';
import { parameterSchema } from './parameter-schema';
import { requireNonEmpty } from './require-non-empty';
import { safePropertyKey } from './safe-property-key';

const locations: ParameterLocation[] = ['path', 'query', 'header', 'cookie'];
const transportHeaders = new Set(['content-type', 'accept', 'authorization']);
const defaultStyles: Record<ParameterLocation, string> = { path: 'simple', query: 'form', header: 'simple', cookie: 'form' };

/** The input properties, required keys and bindings of the parameters, in location order path, query, header, cookie. */
export function bindParameters(options: {
  parameters: OperationParameter[];
  operation: string;
  supplied: SuppliedParameters;
  converter: SchemaConverter;
  context: SchemaContext;
  /** Claims a free input key: `key` when untaken, else `renamed` (numbered if that is taken too). */
  claim: (key: string, renamed: string) => string;
  warnings: ServerWarning[];
}): { properties: Record<string, JsonSchema>; required: string[]; bindings: ParameterBinding[] } {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  const bindings: ParameterBinding[] = [];
  const ordered = locations.flatMap((location) => options.parameters.filter((entry) => entry.parameter.in === location));
  for (const entry of options.parameters) {
    const location = entry.parameter.in;
    if (!locations.includes(location as ParameterLocation)) {
      options.warnings.push({
        pointer: entry.pointer,
        operation: options.operation,
        message: `Parameter '${String(entry.parameter.name)}' in '${String(location)}' is not a path, query, header or cookie parameter and was left out`,
      });
    }
  }
  for (const { parameter, pointer } of ordered) {
    const name = String(parameter.name);
    const location = parameter.in as ParameterLocation;
    if (location === 'header' && (transportHeaders.has(name.toLowerCase()) || options.supplied.header.has(name.toLowerCase()))) continue;
    if ((location === 'query' || location === 'cookie') && options.supplied[location].has(name)) continue;
    const converted = parameterSchema({ parameter, pointer, converter: options.converter, context: options.context });
    const { contentType } = converted;
    const key = safePropertyKey(name);
    const property = options.claim(key, safePropertyKey(`${location}_${key}`));
    const isRequired = location === 'path' || parameter.required === true;
    // What the invoker cannot send empty (an empty path segment; a required array or object that would leave no pair) says so.
    const schema = contentType
      ? converted.schema
      : location === 'path'
        ? nonEmptyPathValue(converted.schema)
        : isRequired
          ? requireNonEmpty({ schema: converted.schema, types: ['array', 'object'], untyped: false })
          : converted.schema;
    properties[property] = schema;
    if (isRequired) required.push(property);
    const style = typeof parameter.style === 'string' ? parameter.style : defaultStyles[location];
    bindings.push({
      property,
      name,
      in: location,
      style,
      explode: typeof parameter.explode === 'boolean' ? parameter.explode : style === 'form',
      allowReserved: parameter.allowReserved === true,
      required: isRequired,
      ...(contentType ? { contentType } : {}),
      schema,
    });
  }
  return { properties, required, bindings };
}

/** A path value is never empty, nor is any item or member value in it (each becomes its own piece of the segment). */
function nonEmptyPathValue(schema: JsonSchema): JsonSchema {
  const out = requireNonEmpty({ schema, types: ['string', 'array', 'object'] });
  if (out.items && typeof out.items === 'object') return { ...out, items: requireNonEmpty({ schema: out.items, types: ['string'] }) };
  if (out.properties) {
    const properties = Object.fromEntries(
      Object.entries(out.properties).map(([name, property]) => [name, requireNonEmpty({ schema: property, types: ['string'] })]),
    );
    return { ...out, properties };
  }
  return out;
}
