/** Every node of a JSON Schema in turn, parents first: the read-only use of the shared walker's step. */
import { mapSubschemas } from './map-subschemas';

/**
 * Calls `visit` with every object node of `schema`, the root first, then each subschema (per the one keyword
 * table, `subschemaKeywords`) in document order. Values that are not schemas (`enum`, `const`, `default`,
 * `examples`) are not entered. A node reached twice (shared) is visited twice; `schema` must not be cyclic.
 */
export function visitJsonSchema(schema: unknown, visit: (node: Record<string, unknown>) => void): void {
  const step = (node: unknown): unknown => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return node;
    visit(node as Record<string, unknown>);
    mapSubschemas(node, step);
    return node;
  };
  step(schema);
}
