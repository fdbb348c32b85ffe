/** The `$defs` of one tool: the recursive refs its conversions reached, transitively. */
import type { JsonSchema } from '../json-schema';
import { readPointer } from '../load/json-pointer';
import { convertRefBody } from './convert-schema-node';
import type { SchemaContext, SchemaConversionState } from './schema-conversion-state';

/** `$defs` by name for every recursive ref `context` used (and those they use), or undefined when none. */
export function collectDefs(state: SchemaConversionState, context: SchemaContext): Record<string, JsonSchema> | undefined {
  if (context.uses.size === 0) return undefined;
  const defs: Record<string, JsonSchema> = {};
  const queue = [...context.uses];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const ref = queue.shift()!;
    const key = `${context.direction}:${ref}`;
    let entry = state.defCache.get(key);
    if (!entry) {
      entry = convertRefBody(state, ref, readPointer(state.document, ref), context);
      state.defCache.set(key, entry);
    }
    defs[state.nameOf(ref)] = entry.schema;
    for (const use of entry.uses) {
      if (!seen.has(use)) {
        seen.add(use);
        queue.push(use);
      }
    }
  }
  return defs;
}
