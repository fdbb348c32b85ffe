/** The input schema of a file field (`format: binary`): what the model may send and the invoker decodes. */
import type { JsonSchema } from '../json-schema';

/**
 * True for a string schema that carries file bytes (OpenAPI `format: binary` or a `contentMediaType`), typed or
 * not: the Swagger 2.0 upgrade turns a formData `type: file` into a bare `{ contentMediaType }`.
 */
export function isFileString(schema: JsonSchema): boolean {
  return (
    (schema.type === 'string' || schema.type === undefined) &&
    (schema.format === 'binary' || typeof schema.contentMediaType === 'string')
  );
}

/**
 * Base64 (standard or URL-safe, padding optional), alone or as a base64 data URL: what the invoker decodes, written
 * as a pattern so that a JSON Schema validator refuses other text (`contentEncoding` alone is only an annotation).
 */
export const base64FilePattern =
  '^(?:data:[^,;]*(?:;[^,;]*)*;base64,)?(?:[A-Za-z0-9+/_-]{4})*(?:[A-Za-z0-9+/_-]{2}(?:==)?|[A-Za-z0-9+/_-]{3}=?)?$';

/**
 * Replaces a binary string with what the invoker accepts for a file: base64 text or a data URL, or an object
 * with the base64 content, a file name and a content type (multipart parts need the name). The description
 * tells the model which.
 */
export function fileInputSchema(schema: JsonSchema): JsonSchema {
  const { type, format, contentMediaType, description, ...rest } = schema;
  void type;
  void format;
  const mediaType = typeof contentMediaType === 'string' ? contentMediaType : undefined;
  const note = `A file: base64 text, a data URL (data:${mediaType ?? '<media type>'};base64,<data>), or { base64, filename, contentType }.`;
  return {
    ...rest,
    description: typeof description === 'string' && description !== '' ? `${description} ${note}` : note,
    anyOf: [
      { type: 'string', contentEncoding: 'base64', pattern: base64FilePattern, ...(mediaType ? { contentMediaType: mediaType } : {}) },
      {
        type: 'object',
        properties: {
          base64: { type: 'string', contentEncoding: 'base64', pattern: base64FilePattern },
          filename: { type: 'string' },
          contentType: { type: 'string' },
        },
        required: ['base64'],
        additionalProperties: false,
      },
    ],
  };
}
