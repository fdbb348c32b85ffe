/** Follows local `$ref`s in an OpenAPI document. */
import { readPointer } from '../load/json-pointer';

/** The node a `$ref` chain ends at (undefined when broken or longer than 32 hops); other nodes come back as they are. */
export function resolveSchemaRef(options: { document: unknown; node: unknown }): unknown {
  let current = options.node;
  for (let depth = 0; depth < 32; depth++) {
    if (current === null || typeof current !== 'object') return current;
    const ref = (current as Record<string, unknown>).$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#')) return current;
    current = readPointer(options.document, ref);
  }
  return undefined;
}
