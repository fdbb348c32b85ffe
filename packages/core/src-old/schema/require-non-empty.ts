/** Adds the "not empty" bounds the wire needs to a schema: a value the invoker cannot send empty says so in its schema. */
import type { JsonSchema } from '../json-schema';

const keywordByType = { string: 'minLength', array: 'minItems', object: 'minProperties' } as const;

/**
 * Returns the schema with `minLength`, `minItems` or `minProperties` raised to 1 for each of `types` the schema
 * may take (every one of them when it names no type: the keywords only bind values of their own type, so this
 * never refuses a value of another type); an enum loses its empty values instead. Used for path parameters (an empty segment is refused), required
 * array and object parameters, and required array and object fields of form bodies (sent empty, they vanish).
 */
export function requireNonEmpty(options: {
  schema: JsonSchema;
  types: Array<keyof typeof keywordByType>;
  /** Also bound a schema that names no type (default true). */
  untyped?: boolean;
}): JsonSchema {
  const { schema, types } = options;
  const declared = Array.isArray(schema.type) ? schema.type : typeof schema.type === 'string' ? [schema.type] : undefined;
  if (declared === undefined && options.untyped === false) return schema;
  if (Array.isArray(schema.enum)) {
    // an enum lists its values: the empty ones (`''` is common in real specs) go, unless nothing else is left
    const kept = schema.enum.filter((value) => !types.some((type) => isEmptyOf(type, value)));
    return kept.length > 0 && kept.length < schema.enum.length ? { ...schema, enum: kept } : schema;
  }
  let out = schema;
  for (const type of types) {
    if (declared !== undefined && !declared.includes(type)) continue;
    if ('const' in schema) continue;
    const keyword = keywordByType[type];
    const current = schema[keyword];
    if (typeof current === 'number' && current >= 1) continue;
    out = { ...out, [keyword]: 1 };
  }
  return out;
}

function isEmptyOf(type: keyof typeof keywordByType, value: unknown): boolean {
  if (type === 'string') return value === '';
  if (type === 'array') return Array.isArray(value) && value.length === 0;
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0;
}
