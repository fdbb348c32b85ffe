/** Builds the zod 4 schema of a tool's input from its JSON Schema. */
import { z, type ZodType } from 'zod';
import type { JsonSchema } from '../json-schema';
import { mapJsonSchema } from './map-json-schema';

type FromJsonSchemaInput = Parameters<typeof z.fromJSONSchema>[0];

/**
 * A zod schema accepting what `schema` accepts and rejecting what it rejects. `z.fromJSONSchema` (2020-12) does
 * the work, on a copy rewritten where it differs from JSON Schema or gives up:
 * - a `required` name with no entry in `properties` (zod would ignore it) gets an any-value entry;
 * - a schema without `type` but with object keywords becomes "an object with them, or not an object" (zod
 *   ignores them otherwise);
 * - `oneOf` is checked as `anyOf`: OpenAPI's branches are often loose objects told apart only by a
 *   `discriminator`, so a valid request matches several and exclusivity would refuse it;
 * - `unevaluatedProperties: false` on a plain object becomes `additionalProperties: false` (the same there);
 * - keywords zod cannot express (`not` other than `{}`, `if`/`then`/`else`, `dependentSchemas`,
 *   `dependentRequired`, other `unevaluated*`) and `type` values that are not JSON types are dropped, so zod is
 *   more permissive than the JSON Schema at exactly those places, never stricter;
 * - should zod still refuse, each top-level property is converted on its own and one that fails accepts any value.
 * Kept on purpose: integers beyond ±2^53 are rejected (JavaScript cannot hold them exactly); zod fills `default`s.
 */
export function createZodSchema(schema: JsonSchema): ZodType {
  const ready = zodReady(schema) as Record<string, unknown>;
  try {
    return z.fromJSONSchema(ready as FromJsonSchemaInput, { defaultTarget: 'draft-2020-12' });
  } catch {
    const properties = (ready.properties ?? {}) as Record<string, unknown>;
    const required = new Set(Array.isArray(ready.required) ? (ready.required as string[]) : []);
    const shape: Record<string, ZodType> = {};
    for (const [name, property] of Object.entries(properties)) {
      let converted: ZodType;
      try {
        converted = z.fromJSONSchema({ ...(property as object), $defs: ready.$defs } as FromJsonSchemaInput, { defaultTarget: 'draft-2020-12' });
      } catch {
        converted = z.any();
      }
      shape[name] = required.has(name) ? converted : converted.optional();
    }
    return z.looseObject(shape);
  }
}

const unsupported = new Set(['if', 'then', 'else', 'dependentSchemas', 'dependentRequired', 'unevaluatedItems', 'unevaluatedProperties']);
const jsonTypes = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);
const objectKeywords = ['properties', 'required', 'additionalProperties', 'patternProperties', 'minProperties', 'maxProperties', 'propertyNames'];

/** The copy of `schema` that `z.fromJSONSchema` reads as JSON Schema does (see `createZodSchema`). */
function zodReady(schema: JsonSchema): JsonSchema {
  return mapJsonSchema(schema, { rewrite: zodReadyNode });
}

/** One node, its subschemas already rewritten. */
function zodReadyNode(schema: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (unsupported.has(key)) continue;
    if (key === 'not') {
      if (value !== null && typeof value === 'object' && Object.keys(value).length === 0) out.not = {};
    } else if (key === 'type') {
      const types = (Array.isArray(value) ? value : [value]).filter((type) => typeof type === 'string' && jsonTypes.has(type));
      if (types.length > 0) out.type = Array.isArray(value) ? types : types[0];
    } else out[key] = value;
  }
  if (out.oneOf !== undefined) {
    // OpenAPI branches overlap more often than not (loose objects told apart by a discriminator, which JSON Schema
    // ignores): exclusivity would refuse valid requests, so any matching branch will do.
    if (out.anyOf === undefined) out.anyOf = out.oneOf;
    else out.allOf = [...((out.allOf as unknown[] | undefined) ?? []), { anyOf: out.oneOf }];
    delete out.oneOf;
  }
  const composed = ['allOf', 'anyOf', 'oneOf'].some((key) => schema[key] !== undefined);
  if (schema.unevaluatedProperties === false && !composed && out.additionalProperties === undefined) {
    out.additionalProperties = false;
  }
  if (out.type === undefined && objectKeywords.some((key) => out[key] !== undefined)) return splitTypeless(out);
  return withRequiredProperties(out);
}

/**
 * A schema without `type` applies its object keywords to objects only, and zod ignores them there. Inside a
 * `oneOf` that makes zod stricter than JSON Schema: GitHub's checks.create has two branches that differ only in
 * `properties.status`, both matched when the keywords are ignored. So: an object with those keywords, or any
 * value that is not an object.
 */
function splitTypeless(out: Record<string, unknown>): Record<string, unknown> {
  const objectPart: Record<string, unknown> = { type: 'object' };
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(out)) {
    if (objectKeywords.includes(key)) objectPart[key] = value;
    else rest[key] = value;
  }
  const split = { anyOf: [withRequiredProperties(objectPart), { type: ['string', 'number', 'integer', 'boolean', 'null', 'array'] }] };
  return { ...rest, allOf: [...((rest.allOf as unknown[] | undefined) ?? []), split] };
}

/** A `required` name with no entry in `properties` gets an any-value entry (zod ignores it otherwise). */
function withRequiredProperties(out: Record<string, unknown>): Record<string, unknown> {
  if (Array.isArray(out.required) && (out.type === 'object' || out.properties !== undefined)) {
    const properties = (out.properties ?? {}) as Record<string, unknown>;
    const missing = (out.required as unknown[]).filter((name) => typeof name === 'string' && !Object.hasOwn(properties, name));
    if (missing.length > 0) out.properties = { ...properties, ...Object.fromEntries(missing.map((name) => [name, {}])) };
  }
  return out;
}
