/** Rewrites an input schema for OpenAI strict mode: every property required, optional ones nullable, no extra keys. */
import type { JsonSchema } from '@apiwire/core';

/**
 * A strict-mode copy of `schema` (made once per schema object, then shared: do not mutate it): each object lists all its properties in `required` (the optional ones accept
 * `null`), sets `additionalProperties: false`, and `oneOf` becomes `anyOf`. The original is not changed.
 */
export function toStrictJsonSchema(schema: JsonSchema): JsonSchema {
  let strict = rewritten.get(schema);
  if (strict === undefined) {
    strict = strictNode(schema) as JsonSchema;
    rewritten.set(schema, strict);
  }
  return strict;
}

/** Rewrites already made, by original schema (descriptors keep their schema object for life). */
const rewritten = new WeakMap<JsonSchema, JsonSchema>();

function strictNode(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strictNode);
  if (node == null || typeof node !== 'object') return node;
  const source = node as JsonSchema;
  const result: JsonSchema = {};
  for (const [keyword, value] of Object.entries(source)) {
    if (keyword === 'properties' || keyword === '$defs' || keyword === 'definitions') {
      result[keyword] = mapValues(value as Record<string, unknown>, strictNode) as Record<string, JsonSchema>;
    } else if (keyword === 'oneOf') {
      result.anyOf = strictNode(value);
    } else if (['items', 'prefixItems', 'anyOf', 'allOf', 'not', 'additionalProperties'].includes(keyword)) {
      result[keyword] = strictNode(value);
    } else {
      result[keyword] = value;
    }
  }
  if (isObjectSchema(source)) {
    const properties = (result.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set(source.required ?? []);
    result.properties = mapValues(properties, (property, name) =>
      required.has(name) ? property : nullable(property as JsonSchema),
    ) as Record<string, JsonSchema>;
    result.required = Object.keys(properties);
    result.additionalProperties = false;
  }
  return result;
}

function isObjectSchema(schema: JsonSchema): boolean {
  return schema.type === 'object' || (schema.type === undefined && schema.properties !== undefined);
}

/** The schema also accepting null. */
function nullable(schema: JsonSchema): JsonSchema {
  if (allowsNull(schema)) return schema;
  if (typeof schema.type === 'string' && schema.$ref === undefined) {
    const result: JsonSchema = { ...schema, type: [schema.type, 'null'] };
    if (Array.isArray(schema.enum)) result.enum = [...schema.enum, null];
    return result;
  }
  if (Array.isArray(schema.type) && schema.$ref === undefined && !Array.isArray(schema.enum)) {
    return { ...schema, type: [...schema.type, 'null'] };
  }
  return { anyOf: [schema, { type: 'null' }] };
}

/** True when the schema itself already admits null. */
export function allowsNull(schema: JsonSchema | undefined): boolean {
  if (schema == null) return false;
  if (schema.type === 'null' || (Array.isArray(schema.type) && schema.type.includes('null'))) return true;
  if (schema.nullable === true) return true;
  for (const keyword of ['anyOf', 'oneOf'] as const) {
    const options = schema[keyword];
    if (Array.isArray(options) && options.some((option) => allowsNull(option as JsonSchema))) return true;
  }
  return false;
}

function mapValues(
  record: Record<string, unknown>,
  map: (value: unknown, key: string) => unknown,
): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value, key)]));
}
