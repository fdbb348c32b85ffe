/** Generates a schema-valid value from a tool's input JSON Schema, for the conformance run against Prism. */
import type { JsonSchema } from '../../src/index';
import { sampleFromPattern } from './sample-from-pattern';

const tinyPdf = `data:application/pdf;base64,${btoa('%PDF-1.4\n%apiwire sample\n')}`;

/** A value valid against `schema` (with `$ref`s resolved in `root.$defs`): every property filled, first branch of unions. */
export function sampleInput(schema: JsonSchema, root: JsonSchema = schema, depth = 0, onlyRequired = false): unknown {
  if (schema.$ref) {
    const name = decodeURIComponent(schema.$ref.replace(/^#\/\$defs\//, '')).replace(/~1/g, '/').replace(/~0/g, '~');
    const target = root.$defs?.[name];
    return target && depth < 6 ? sampleInput(target, root, depth + 1) : {};
  }
  if ('example' in schema && schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum)) return schema.enum.find((value) => value !== null) ?? schema.enum[0];
  if ('default' in schema && schema.default !== undefined && schema.default !== null) return schema.default;
  const union = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (Array.isArray(union) && union.length > 0) {
    const branch = union.find((item) => item.type !== 'null') ?? union[0];
    // The branch narrows the schema: it keeps the schema's own properties and required names beside its own.
    const merged: JsonSchema = { ...withoutKeys(schema, ['oneOf', 'anyOf']), ...branch };
    if (schema.properties || branch.properties) merged.properties = { ...schema.properties, ...branch.properties };
    if (schema.required || branch.required) merged.required = [...new Set([...(schema.required ?? []), ...(branch.required ?? [])])];
    // A oneOf whose branches only list required names (GitHub: `oneOf: [{required: [id]}, {required: [owner,
    // repo]}]`) is matched twice when every property is filled: then only the required ones are.
    const requiredOnly = schema.oneOf !== undefined && union.every((item) => Object.keys(item).every((key) => key === 'required'));
    return sampleInput(merged, root, depth + 1, requiredOnly);
  }
  if (Array.isArray(schema.allOf)) {
    const merged = (schema.allOf as JsonSchema[]).reduce<JsonSchema>(
      (all, part) => {
        const resolved = part.$ref ? (root.$defs?.[part.$ref.replace(/^#\/\$defs\//, '')] ?? {}) : part;
        return {
          ...all,
          ...resolved,
          properties: { ...all.properties, ...resolved.properties },
          required: [...(all.required ?? []), ...(resolved.required ?? [])],
        };
      },
      withoutKeys(schema, ['allOf']),
    );
    return sampleInput(merged, root, depth + 1);
  }
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const type = types.find((item) => item !== 'null') ?? (schema.properties ? 'object' : schema.items ? 'array' : 'string');
  switch (type) {
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(schema.properties ?? {})) {
        if ((onlyRequired || depth > 4) && !(schema.required ?? []).includes(key)) continue;
        value[key] = sampleInput(property, root, depth + 1);
      }
      if (Object.keys(value).length === 0 && schema.additionalProperties && typeof schema.additionalProperties === 'object') {
        value.key1 = sampleInput(schema.additionalProperties as JsonSchema, root, depth + 1);
      }
      return value;
    }
    case 'array': {
      const count = Math.max(1, Number(schema.minItems ?? 1));
      if (depth > 4 && Number(schema.minItems ?? 0) === 0) return [];
      return Array.from({ length: count }, () => sampleInput(schema.items ?? {}, root, depth + 1));
    }
    case 'integer':
    case 'number':
      return sampleNumber(schema, type === 'integer');
    case 'boolean':
      return true;
    default:
      return sampleString(schema);
  }
}

function sampleNumber(schema: JsonSchema, integer: boolean): number {
  const minimum = typeof schema.minimum === 'number' ? schema.minimum : typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum + 1 : undefined;
  const maximum = typeof schema.maximum === 'number' ? schema.maximum : typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum - 1 : undefined;
  let value = minimum ?? (maximum !== undefined ? Math.min(1, maximum) : 1);
  if (typeof schema.multipleOf === 'number') value = Math.ceil(value / schema.multipleOf) * schema.multipleOf;
  return integer ? Math.ceil(value) : value;
}

function sampleString(schema: JsonSchema): string {
  const format = schema.format;
  if (format === 'binary' || schema.contentEncoding === 'base64' || schema.contentMediaType) return tinyPdf;
  if (format === 'byte') return btoa('sample');
  if (format === 'date-time') return '2026-01-02T03:04:05Z';
  if (format === 'date') return '2026-01-02';
  if (format === 'time') return '03:04:05Z';
  if (format === 'duration') return 'P1DT2H';
  // zod's fromJSONSchema checks these too (the invoker validates with it), so a draw must fit them
  if (format === 'ipv6') return '2001:db8::1';
  if (format === 'cidr') return '192.0.2.0/24';
  if (format === 'cidr-v6') return '2001:db8::/32';
  if (format === 'mac') return '00:1a:2b:3c:4d:5e';
  if (format === 'e164') return '+14155550100';
  if (format === 'base64' || format === 'base64url') return 'c2FtcGxl';
  if (format === 'jwt') return 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl';
  if (format === 'email') return 'ann@example.com';
  if (format === 'uuid') return '0b7c1d1e-8f5a-4c1b-9d7e-2f3a4b5c6d7e';
  if (format === 'uri' || format === 'url') return 'https://example.com/a';
  if (format === 'ipv4') return '192.0.2.1';
  if (format === 'hostname') return 'example.com';
  if (typeof schema.pattern === 'string') {
    const matched = sampleFromPattern(schema.pattern, {
      minLength: typeof schema.minLength === 'number' ? schema.minLength : undefined,
      maxLength: typeof schema.maxLength === 'number' ? schema.maxLength : undefined,
    });
    if (matched !== undefined) return matched;
  }
  const minimum = Number(schema.minLength ?? 1);
  const maximum = Number(schema.maxLength ?? 12);
  const text = 'sample-value';
  return text.length < minimum ? text.padEnd(minimum, 'x') : text.slice(0, Math.max(minimum, Math.min(maximum, text.length)));
}

function withoutKeys(schema: JsonSchema, keys: string[]): JsonSchema {
  const copy: JsonSchema = { ...schema };
  for (const key of keys) delete copy[key];
  return copy;
}
