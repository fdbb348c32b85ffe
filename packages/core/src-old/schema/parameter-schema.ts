/** The input schema of one parameter (from `schema` or its first `content` entry), with its description. */
import { escapePointerSegment } from '../load/json-pointer';
import type { JsonSchema } from '../json-schema';
import type { SchemaContext, SchemaConverter } from './create-schema-converter';

/** Converts a parameter's schema and adds its description (prefixed `Deprecated.` when deprecated). */
export function parameterSchema(options: {
  parameter: Record<string, unknown>;
  pointer: string;
  converter: SchemaConverter;
  context: SchemaContext;
}): { schema: JsonSchema; contentType?: string } {
  const { parameter, pointer } = options;
  let schema: JsonSchema = {};
  let contentType: string | undefined;
  if (parameter.schema !== undefined) {
    schema = options.converter.convert({ schema: parameter.schema, pointer: `${pointer}/schema`, context: options.context });
  } else if (parameter.content !== null && typeof parameter.content === 'object') {
    const [first] = Object.entries(parameter.content as Record<string, { schema?: unknown }>);
    if (first) {
      contentType = first[0];
      schema = options.converter.convert({
        schema: first[1]?.schema ?? {},
        pointer: `${pointer}/content/${escapePointerSegment(first[0])}/schema`,
        context: options.context,
      });
    }
  }
  const text = typeof parameter.description === 'string' ? parameter.description : undefined;
  const deprecated = parameter.deprecated === true;
  if (text !== undefined || deprecated) {
    const cleaned = text !== undefined ? options.converter.describe(text) : '';
    const description = deprecated ? `Deprecated. ${cleaned}`.trim() : cleaned;
    if (description !== '') schema = { ...schema, description };
  }
  return { schema, contentType };
}
