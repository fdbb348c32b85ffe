/** Builds the body half of a flattened input: spread object properties or one wrapped `body` property. */
import type { ServerWarning } from '../api-server';
import type { JsonSchema } from '../json-schema';
import type { BodyBinding, BodyEncoding, BodyField } from '../operation-plan';
import { escapePointerSegment } from '../load/json-pointer';
import { chooseBodyMediaType } from './choose-body-media-type';
import { findFileFields, isBinaryMediaType, markFileFields, saysFile } from './find-file-fields';
import type { SchemaContext, SchemaConverter } from './create-schema-converter';
import { requireNonEmpty } from './require-non-empty';
import { safePropertyKey } from './safe-property-key';

/** The body binding plus the input properties it adds (already claimed through `claim`). */
export interface BuiltBody {
  body?: BodyBinding;
  properties: Record<string, JsonSchema>;
  required: string[];
  /** A spread body's `additionalProperties` (open bodies): extra input keys go into the body. */
  additionalProperties?: unknown;
  /** A spread body that allows no other keys (`additionalProperties: false`): the whole input is closed too. */
  closed: boolean;
  warnings: ServerWarning[];
}

/**
 * Spreads a plain object body (properties, no composition keywords; nullable and open ones too) beside the
 * parameters, its required properties required (an absent `required` on the body is taken as an omission, common in
 * real specs and in upgraded Swagger 2.0 formData); an explicitly optional body (`required: false`) with required
 * properties, and anything else, sits whole under `body`. `claim(key, renamed)` reserves an input key, taking
 * `renamed` when `key` is already used (see flatten-operation-input.ts for the full rule).
 */
export function buildBodyBinding(options: {
  converter: SchemaConverter;
  context: SchemaContext;
  node: unknown;
  pointer: string;
  operation: string;
  claim: (key: string, renamed: string) => string;
}): BuiltBody {
  const { converter } = options;
  const result: BuiltBody = { properties: {}, required: [], closed: false, warnings: [] };
  const requestBody = converter.resolve(options.node) as Record<string, unknown> | undefined;
  const content = requestBody?.content as Record<string, Record<string, unknown> | undefined> | undefined;
  const mediaTypes = content && typeof content === 'object' ? Object.keys(content) : [];
  const mediaType = chooseBodyMediaType(mediaTypes);
  if (!requestBody || mediaType === undefined) {
    result.warnings.push({
      pointer: options.pointer,
      operation: options.operation,
      message: 'The request body declares no media type; the operation is offered without a body',
    });
    return result;
  }
  const media = content![mediaType] ?? {};
  const isBinaryMedia = isBinaryMediaType(mediaType);
  const schemaPointer = `${options.pointer}/content/${escapePointerSegment(mediaType)}/schema`;
  // A binary body is the file's bytes whatever its schema says (`type: string` alone, or an object schema under
  // octet-stream, a spec defect seen in converted Google APIs): the input is a file, as the invoker sends it.
  const declaredSchema = media.schema === undefined ? undefined : (converter.resolve(media.schema) as Record<string, unknown> | undefined);
  const asFile = isBinaryMedia && !saysFile(declaredSchema);
  if (asFile && declaredSchema !== undefined && declaredSchema.type !== undefined && declaredSchema.type !== 'string') {
    result.warnings.push({
      pointer: schemaPointer,
      operation: options.operation,
      message: `The ${mediaType} body's schema is not a file; the operation takes the body as a file (its bytes)`,
    });
  }
  const fileDescription = typeof declaredSchema?.description === 'string' ? { description: declaredSchema.description } : {};
  const declaredNode = asFile ? { type: 'string', format: 'binary', ...fileDescription } : (media.schema ?? {});
  const declaredRaw = converter.resolve(declaredNode) as Record<string, unknown> | undefined;
  const encoding = bodyEncoding(media.encoding);
  // One rule for files (find-file-fields.ts): a field the invoker sends as a file is a file input in the schema.
  const binaryFields = findFileFields({ converter, raw: declaredRaw, encoding });
  const raw = declaredRaw && binaryFields.length > 0 ? markFileFields({ converter, raw: declaredRaw, fileFields: binaryFields }) : declaredRaw;
  const schemaNode = raw !== declaredRaw ? raw : declaredNode;
  const converted = converter.convertExpanded({ schema: schemaNode, pointer: schemaPointer, context: options.context });
  // Form and multipart bodies cannot carry an empty array or object: sent empty, a required one vanishes.
  const schema = /^(application\/x-www-form-urlencoded|multipart\/)/i.test(mediaType) ? nonEmptyRequiredFields(converted, 0) : converted;
  const bodyRequired = requestBody.required === true;
  const common = {
    mediaType,
    mediaTypes,
    required: bodyRequired,
    schema,
    ...(encoding ? { encoding } : {}),
    ...(binaryFields.length > 0 ? { binaryFields } : {}),
  };

  // An explicitly optional body with required fields stays whole under `body`: spread, its fields could only all be
  // optional, and a partial body would reach the API; wrapped, it is absent or complete.
  const partialWhenSpread = requestBody.required === false && Array.isArray(schema.required) && schema.required.length > 0;
  if (isSpreadable(raw) && schema.properties && !schema.$ref && !partialWhenSpread) {
    const fields: BodyField[] = [];
    const requiredNames = new Set(Array.isArray(schema.required) ? schema.required : []);
    for (const [name, propertySchema] of Object.entries(schema.properties)) {
      const key = safePropertyKey(name);
      const property = options.claim(key, safePropertyKey(`body_${key}`));
      fields.push({ property, name });
      result.properties[property] = propertySchema;
      if (requiredNames.has(name)) result.required.push(property);
    }
    result.body = { ...common, mode: 'spread', fields };
    if (schema.additionalProperties !== undefined && schema.additionalProperties !== false) {
      result.additionalProperties = schema.additionalProperties;
    }
    result.closed = schema.additionalProperties === false;
    return result;
  }
  const property = options.claim('body', 'request_body');
  const description = typeof requestBody.description === 'string' ? requestBody.description : undefined;
  result.properties[property] =
    description && schema.description === undefined ? { ...schema, description } : schema;
  if (bodyRequired) result.required.push(property);
  result.body = { ...common, mode: 'wrapped', property };
  return result;
}

/** A plain object body with properties; `nullable` (the model then cannot send a null body) and open ones included. */
function isSpreadable(raw: Record<string, unknown> | undefined): boolean {
  if (!raw || typeof raw !== 'object') return false;
  if (raw.properties === null || typeof raw.properties !== 'object') return false;
  const types = Array.isArray(raw.type) ? raw.type.filter((type) => type !== 'null') : [raw.type];
  if (raw.type !== undefined && !(types.length === 1 && types[0] === 'object')) return false;
  for (const keyword of ['oneOf', 'anyOf', 'allOf', 'not', 'if', 'patternProperties']) {
    if (raw[keyword] !== undefined && raw[keyword] !== false) return false;
  }
  return true;
}

/** Required array and object fields (in inline nested objects too) get `minItems` / `minProperties` 1. */
function nonEmptyRequiredFields(schema: JsonSchema, depth: number): JsonSchema {
  if (!schema.properties || depth > 6) return schema;
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const properties: Record<string, JsonSchema> = {};
  for (const [name, property] of Object.entries(schema.properties)) {
    const inner = nonEmptyRequiredFields(property, depth + 1);
    properties[name] = required.has(name) ? requireNonEmpty({ schema: inner, types: ['array', 'object'], untyped: false }) : inner;
  }
  return { ...schema, properties };
}

function bodyEncoding(value: unknown): Record<string, BodyEncoding> | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const out: Record<string, BodyEncoding> = {};
  for (const [name, entry] of Object.entries(value as Record<string, Record<string, unknown>>)) {
    if (entry === null || typeof entry !== 'object') continue;
    const encoding: BodyEncoding = {};
    if (typeof entry.contentType === 'string') encoding.contentType = entry.contentType;
    if (typeof entry.style === 'string') encoding.style = entry.style;
    if (typeof entry.explode === 'boolean') encoding.explode = entry.explode;
    if (typeof entry.allowReserved === 'boolean') encoding.allowReserved = entry.allowReserved;
    out[name] = encoding;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
