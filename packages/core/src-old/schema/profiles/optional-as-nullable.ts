/** An optional property as OpenAI strict takes it: required, and null meaning "left out". */
import type { JsonSchema } from '../../json-schema';
import { allowsNull } from './allows-null';
import type { ProfileShape } from './profiled-schema';

/**
 * `schema` that also admits null: `type: [t, 'null']` for a plain single type, else `anyOf: [schema, null]`
 * (description kept outside). The shape note of `schema` moves to the node that now carries it.
 */
export function optionalAsNullable(options: { schema: JsonSchema; shapes: WeakMap<object, ProfileShape> }): JsonSchema {
  const { schema, shapes } = options;
  if (allowsNull(schema)) return schema;
  const shape = shapes.get(schema);
  if (typeof schema.type === 'string' && schema.enum === undefined && schema.$ref === undefined) {
    const out: JsonSchema = { ...schema, type: [schema.type, 'null'] };
    if (shape) shapes.set(out, shape);
    return out;
  }
  const { description, ...rest } = schema;
  if (shape) shapes.set(rest, shape);
  return { anyOf: [rest, { type: 'null' }], ...(description === undefined ? {} : { description }) };
}
