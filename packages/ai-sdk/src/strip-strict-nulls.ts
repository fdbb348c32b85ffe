/** Undoes strict mode on a model's input: `null` in an optional property the spec does not allow null for means "omitted". */
import type { JsonSchema } from '@apiwire/core';
import { allowsNull } from './to-strict-json-schema';

/** A copy of `value` without the nulls strict mode forced into optional properties of the original `schema`. */
export function stripStrictNulls(options: { value: unknown; schema: JsonSchema }): unknown {
  return strip(options.value, options.schema, options.schema, 0);
}

function strip(value: unknown, schema: JsonSchema | undefined, root: JsonSchema, depth: number): unknown {
  const resolved = resolve(schema, root);
  if (resolved == null || depth > 64) return value;
  if (Array.isArray(value)) {
    const items = resolved.items as JsonSchema | undefined;
    return items == null ? value : value.map((item) => strip(item, items, root, depth + 1));
  }
  if (value == null || typeof value !== 'object' || resolved.properties == null) return value;
  const required = new Set(resolved.required ?? []);
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const property = resolved.properties[key];
    if (item === null && property != null && !required.has(key) && !allowsNull(resolve(property, root))) continue;
    result[key] = strip(item, property, root, depth + 1);
  }
  return result;
}

/** Follows a local `$ref` (`#/$defs/Name`) into the root schema. */
function resolve(schema: JsonSchema | undefined, root: JsonSchema): JsonSchema | undefined {
  let current = schema;
  for (let hops = 0; current?.$ref !== undefined && hops < 16; hops += 1) {
    const match = /^#\/(\$defs|definitions)\/(.+)$/.exec(current.$ref);
    if (match == null) return current;
    const definitions = root[match[1]] as Record<string, JsonSchema> | undefined;
    current = definitions?.[decodeURIComponent(match[2]).replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return current;
}
