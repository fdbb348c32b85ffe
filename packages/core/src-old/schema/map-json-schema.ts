/** The one bottom-up rewrite of a JSON Schema: every node, subschemas first, each rewritten once. */
import { mapSubschemas } from './map-subschemas';
import { subschemaKeywords } from './subschema-keywords';

/** A cache of rewritten nodes by original node; share one between walks to rewrite shared subschemas once. */
export type JsonSchemaMapCache = WeakMap<object, unknown>;

/**
 * Rewrites `schema` bottom-up: each object node's subschemas (per `subschemaKeywords`) are mapped first, then
 * `rewrite` gets the node with them in place (the original node itself when none changed) and returns its
 * replacement. Nodes that are not plain objects (`true`, `false`, stray values) come back as they are. Nodes
 * with subschemas are cached by identity (`cache`, default one per call): a subschema shared by several
 * parents is rewritten once and stays shared, and a cycle ends at the node already being rewritten.
 * Leaves skip the cache (most nodes are leaves).
 *
 * @example
 * ```ts
 * const withoutDefaults = mapJsonSchema(schema, { rewrite: ({ default: _dropped, ...rest }) => rest });
 * ```
 */
export function mapJsonSchema<Schema>(
  schema: Schema,
  options: { rewrite: (node: Record<string, unknown>) => unknown; cache?: JsonSchemaMapCache },
): Schema {
  const cache: JsonSchemaMapCache = options.cache ?? new WeakMap();
  const visit = (node: unknown): unknown => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return node;
    const record = node as Record<string, unknown>;
    if (!hasSubschemas(record)) return options.rewrite(record);
    if (cache.has(record)) return cache.get(record);
    cache.set(record, record); // a cycle keeps the original below itself
    const result = options.rewrite(mapSubschemas(record, visit));
    cache.set(record, result);
    return result;
  };
  return visit(schema) as Schema;
}

function hasSubschemas(node: Record<string, unknown>): boolean {
  for (const keyword in node) {
    const value = node[keyword];
    if (value !== null && typeof value === 'object' && subschemaKeywords.has(keyword)) return true;
  }
  return false;
}
