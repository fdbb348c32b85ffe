/** Gemini reads enums of strings and numbers only: a nullable enum becomes an `anyOf` with null. */
import type { JsonSchema } from '../../json-schema';

/** `out` with `null` taken out of its `enum` into `anyOf: [enum without null, { type: 'null' }]`; `out` when none. */
export function splitNullEnum(out: JsonSchema): JsonSchema {
  if (!Array.isArray(out.enum) || !out.enum.includes(null)) return out;
  const { description, ...rest } = out;
  const values = out.enum.filter((value) => value !== null);
  const types = (Array.isArray(out.type) ? out.type : out.type === undefined ? [] : [out.type]).filter((type) => type !== 'null');
  const member: JsonSchema = { ...rest, enum: values };
  if (types.length === 1) member.type = types[0];
  else if (types.length === 0) delete member.type;
  else member.type = types;
  if (values.length === 0) return { type: 'null', ...(description === undefined ? {} : { description }) };
  return { anyOf: [member, { type: 'null' }], ...(description === undefined ? {} : { description }) };
}
