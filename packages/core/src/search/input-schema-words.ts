/** The words an input schema adds to a tool's search text: its property names, their descriptions and small enums' values. */
import type { JsonSchema } from '../json-schema';
import { mapSubschemas } from '../schema/map-subschemas';
import { resolveSchemaRef } from '../schema/resolve-schema-ref';

/** How many properties deep the words are read (`body.address.city` is 3). */
const propertyDepth = 2;
/** A description longer than this is cut: its opening says what the property is. */
const descriptionLength = 200;
/**
 * An enum of at most this many values names the states or modes a property takes (`private`, `archived`, `merged`),
 * words a request uses for the change it wants; a longer one is a catalogue (countries, currencies), not that.
 */
const enumSize = 10;

/**
 * The names and descriptions of the input's properties, two levels deep (through `$ref`s to the schema's
 * `$defs`, `items` and `oneOf`/`anyOf`/`allOf` branches), and the values of their small enums (or of their items'):
 * a request often names a field (`email`, `due date`), the words a field's description uses ("the shipping
 * address") or the state it wants ("make it private") rather than the operation's own words.
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
        for (const value of enumValues(schema, child)) words.add(value);
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

/** The string values of a property's enum, or of its items' enum, when there are at most `enumSize`. */
function enumValues(document: JsonSchema, property: unknown): string[] {
  const resolved = resolveSchemaRef({ document, node: property }) as { enum?: unknown; items?: unknown } | null;
  const own = resolved?.enum;
  const values = Array.isArray(own) ? own : (resolveSchemaRef({ document, node: resolved?.items }) as { enum?: unknown } | null)?.enum;
  if (!Array.isArray(values) || values.length > enumSize) return [];
  return values.filter((value): value is string => typeof value === 'string' && value.length <= 40);
}
