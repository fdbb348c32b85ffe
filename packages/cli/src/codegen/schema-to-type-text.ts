/** Prints a JSON Schema as a TypeScript type expression (conservatively: `unknown` where it cannot be exact). */
import type { JsonSchema } from '@apiwire/core';

/**
 * `{ type: 'object', properties: { id: { type: 'string' } }, required: ['id'] }` -> `{ "id": string }`.
 * `refName` maps a `$ref` to a type name (undefined -> `unknown`).
 */
export function schemaToTypeText(options: {
  schema: JsonSchema | boolean | undefined;
  refName: (ref: string) => string | undefined;
  depth?: number;
}): string {
  const depth = options.depth ?? 0;
  const schema = options.schema;
  if (schema === undefined || schema === true) return 'unknown';
  if (schema === false) return 'never';
  if (depth > 40) return 'unknown';
  const print = (child: unknown, extraDepth = 1) =>
    schemaToTypeText({ schema: child as JsonSchema, refName: options.refName, depth: depth + extraDepth });
  const record = schema as Record<string, unknown>;

  if (typeof record.$ref === 'string') return options.refName(record.$ref) ?? 'unknown';
  const compositions = ['oneOf', 'anyOf', 'allOf'].filter((key) => Array.isArray(record[key]));
  if (compositions.length > 0) {
    const structural = ['type', 'properties', 'items', 'enum', 'const', 'additionalProperties'].some((key) => key in record);
    if (compositions.length > 1 || structural) return 'unknown';
    const key = compositions[0];
    const branches = (record[key] as unknown[]).map((branch) => `(${print(branch)})`);
    if (branches.length === 0) return 'unknown';
    return branches.join(key === 'allOf' ? ' & ' : ' | ');
  }
  if ('const' in record) return JSON.stringify(record.const);
  if (Array.isArray(record.enum)) {
    return record.enum.length > 0 ? record.enum.map((value) => JSON.stringify(value)).join(' | ') : 'never';
  }
  const types = Array.isArray(record.type) ? (record.type as string[]) : typeof record.type === 'string' ? [record.type] : [];
  if (types.length === 0) return 'unknown';
  const printed = types.map((type) => {
    switch (type) {
      case 'string':
        return 'string';
      case 'integer':
      case 'number':
        return 'number';
      case 'boolean':
        return 'boolean';
      case 'null':
        return 'null';
      case 'array':
        return Array.isArray(record.items) || record.items === undefined ? 'unknown[]' : `Array<${print(record.items)}>`;
      case 'object':
        return objectText(record, print, depth);
      default:
        return 'unknown';
    }
  });
  return [...new Set(printed)].join(' | ');
}

function objectText(record: Record<string, unknown>, print: (child: unknown) => string, depth: number): string {
  const properties = (record.properties ?? {}) as Record<string, unknown>;
  const required = new Set(Array.isArray(record.required) ? (record.required as string[]) : []);
  const pad = '  '.repeat(depth + 1);
  const lines = Object.entries(properties).map(
    ([key, value]) => `${pad}${JSON.stringify(key)}${required.has(key) ? '' : '?'}: ${print(value)};`,
  );
  const additional = record.additionalProperties;
  if (lines.length === 0) {
    if (additional === false) return 'Record<string, never>';
    return additional === undefined || additional === true ? 'Record<string, unknown>' : `Record<string, ${print(additional)}>`;
  }
  if (additional !== undefined && additional !== false) lines.push(`${pad}[key: string]: unknown;`);
  return `{\n${lines.join('\n')}\n${'  '.repeat(depth)}}`;
}
