/**
 * The one rule for "this body field is a file", used by the input schema (the field becomes a file input) and by the
 * invoker (the field is decoded and sent as file bytes): both read the `binaryFields` this returns.
 */
import type { BodyEncoding } from '../operation-plan';
import type { SchemaConverter } from './create-schema-converter';

/** Media types whose content is bytes, never text: a body or part declared with one is a file. */
export function isBinaryMediaType(mediaType: string | undefined): boolean {
  return mediaType !== undefined && /octet-stream|^image\/|^audio\/|^video\/|^application\/pdf/i.test(mediaType.split(',')[0].trim());
}

/** A schema that already says "file": `format: binary`, a `contentMediaType` or Swagger's `type: file`. */
export function saysFile(schema: Record<string, unknown> | undefined): boolean {
  if (!schema || typeof schema !== 'object') return false;
  return schema.format === 'binary' || schema.type === 'file' || typeof schema.contentMediaType === 'string';
}

/**
 * Names of the body properties that carry files: the schema says so (or its array items do), or the field's
 * `encoding.contentType` is a binary media type and the schema is a string or untyped (or an array of those).
 * A text part type (`application/sdp`, `text/*`, JSON, XML …) on a plain string keeps it text.
 */
export function findFileFields(options: {
  converter: SchemaConverter;
  raw: Record<string, unknown> | undefined;
  encoding?: Record<string, BodyEncoding>;
}): string[] {
  const properties = options.raw?.properties;
  if (properties === null || typeof properties !== 'object') return [];
  const resolve = (node: unknown) => options.converter.resolve(node) as Record<string, unknown> | undefined;
  const isFile = (node: unknown, binaryPart: boolean, depth = 0): boolean => {
    const schema = resolve(node);
    if (!schema || typeof schema !== 'object' || depth > 4) return false;
    if (saysFile(schema)) return true;
    if (schema.type === 'array') return schema.items !== undefined && isFile(schema.items, binaryPart, depth + 1);
    return binaryPart && (schema.type === undefined || schema.type === 'string') && schema.properties === undefined;
  };
  return Object.entries(properties as Record<string, unknown>)
    .filter(([name, node]) => isFile(node, isBinaryMediaType(options.encoding?.[name]?.contentType)))
    .map(([name]) => name);
}

/**
 * The body schema with every file field that only its part type marks as a file restated as one (`format: binary`,
 * or array items so), so that the schema converter gives it the file input the invoker expects.
 */
export function markFileFields(options: {
  converter: SchemaConverter;
  raw: Record<string, unknown>;
  fileFields: string[];
}): Record<string, unknown> {
  const properties = { ...(options.raw.properties as Record<string, unknown>) };
  let changed = false;
  for (const name of options.fileFields) {
    const schema = options.converter.resolve(properties[name]) as Record<string, unknown> | undefined;
    if (!schema || saysFile(schema)) continue;
    const items = schema.type === 'array' ? (options.converter.resolve(schema.items) as Record<string, unknown> | undefined) : undefined;
    if (items && saysFile(items)) continue;
    const file = (node: Record<string, unknown>) => ({ ...node, type: 'string', format: 'binary' });
    properties[name] = schema.type === 'array' ? { ...schema, items: file(items ?? {}) } : file(schema);
    changed = true;
  }
  return changed ? { ...options.raw, properties } : options.raw;
}
