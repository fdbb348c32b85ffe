/** Builds the zod 4 schema of a tool's input from its JSON Schema. */
import { z, type ZodType } from 'zod';
import type { JsonSchema } from '../json-schema';

/**
 * A zod schema accepting what `schema` accepts and rejecting what it rejects. `z.fromJSONSchema` (2020-12) does
 * the work. Where it differs from JSON Schema the schema is rewritten first, on a copy: a `required` name with no
 * entry in `properties` (zod would ignore it) gets an any-value entry. One difference is kept on purpose:
 * integers beyond ±2^53 are rejected, as JavaScript cannot hold them exactly. zod also fills in `default`s.
 */
export function createZodSchema(schema: JsonSchema): ZodType {
  return z.fromJSONSchema(zodReady(schema) as Parameters<typeof z.fromJSONSchema>[0], { defaultTarget: 'draft-2020-12' });
}

const schemaKeys = new Set([
  'items', 'additionalProperties', 'not', 'propertyNames', 'contains', 'if', 'then', 'else',
  'unevaluatedProperties', 'unevaluatedItems', 'contentSchema',
]);
const listKeys = new Set(['allOf', 'oneOf', 'anyOf', 'prefixItems']);
const mapKeys = new Set(['properties', 'patternProperties', 'dependentSchemas', '$defs']);

function zodReady(node: unknown): unknown {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return node;
  const schema = node as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (schemaKeys.has(key)) out[key] = zodReady(value);
    else if (listKeys.has(key) && Array.isArray(value)) out[key] = value.map(zodReady);
    else if (mapKeys.has(key) && value !== null && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, item]) => [name, zodReady(item)]));
    } else out[key] = value;
  }
  if (Array.isArray(out.required) && (out.type === 'object' || out.properties !== undefined)) {
    const properties = (out.properties ?? {}) as Record<string, unknown>;
    const missing = (out.required as unknown[]).filter((name) => typeof name === 'string' && !Object.hasOwn(properties, name));
    if (missing.length > 0) out.properties = { ...properties, ...Object.fromEntries(missing.map((name) => [name, {}])) };
  }
  return out;
}
