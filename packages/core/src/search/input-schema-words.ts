/** The words an input schema adds to a tool's search text: its property names and their descriptions. */
import type { JsonSchema } from '../json-schema';
import { mapSubschemas } from '../schema/map-subschemas';
import { resolveSchemaRef } from '../schema/resolve-schema-ref';

/** How many properties deep the words are read (`body.address.city` is 3). */
const propertyDepth = 2;
/** A description longer than this is cut: its opening says what the property is. */
const descriptionLength = 200;

/**
 * The names and descriptions of the input's properties, two levels deep (through `$ref`s to the schema's
 * `$defs`, `items` and `oneOf`/`anyOf`/`allOf` branches): a request often names a field (`email`, `due date`)
 * or the words a field's description uses ("the shipping address") rather than the operation's own words.
 */
export function inputSchemaWords(schema: JsonSchema): string[] {
  const words = new Set<string>();
  const seen = new Set<object>();
  const visit = (node: unknown, depth: number): void => {
    const resolved = resolveSchemaRef({ document: schema, node });
    if (resolved === null || typeof resolved !== 'object' || Array.isArray(resolved) || seen.has(resolved)) return;
    seen.add(resolved);
    mapSubschemas(resolved, (child, position) => {
      if (position.keyword === 'properties') {
        if (depth >= propertyDepth) return child;
        words.add(String(position.key));
        const description = (child as { description?: unknown } | null)?.description;
        if (typeof description === 'string') words.add(description.slice(0, descriptionLength));
        visit(child, depth + 1);
      } else if (position.keyword !== '$defs' && position.keyword !== 'definitions') {
        visit(child, depth);
      }
      return child;
    });
  };
  visit(schema, 0);
  return [...words];
}
