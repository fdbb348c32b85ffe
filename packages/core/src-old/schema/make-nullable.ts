/** OpenAPI 3.0's `nullable: true` in JSON Schema 2020-12. */
import type { JsonSchema } from '../json-schema';

/** Adds `null` to a schema: to its `type` (and `enum`) when it has one, else as an `anyOf` alternative. */
export function makeNullable(schema: JsonSchema): JsonSchema {
  const type = schema.type;
  if (typeof type === 'string' || Array.isArray(type)) {
    const types = Array.isArray(type) ? type : [type];
    const out: JsonSchema = { ...schema, type: types.includes('null') ? types : [...types, 'null'] };
    if (Array.isArray(schema.enum) && !schema.enum.includes(null)) out.enum = [...schema.enum, null];
    return out;
  }
  const { description, title, default: defaultValue, ...rest } = schema;
  const out: JsonSchema = { anyOf: [rest, { type: 'null' }] };
  if (description !== undefined) out.description = description;
  if (title !== undefined) out.title = title;
  if (defaultValue !== undefined) out.default = defaultValue;
  return out;
}
