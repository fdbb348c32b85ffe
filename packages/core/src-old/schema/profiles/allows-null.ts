/** Whether a profiled schema admits null. */
import type { JsonSchema } from '../../json-schema';

/** True when the schema itself admits null: a `null` type, or an `anyOf` member that does. */
export function allowsNull(schema: JsonSchema): boolean {
  if (schema.type === 'null' || (Array.isArray(schema.type) && schema.type.includes('null'))) return true;
  return Array.isArray(schema.anyOf) && schema.anyOf.some((member) => allowsNull(member as JsonSchema));
}
