/** The `$defs` key for a `$ref`: its last pointer segment, made safe (`#/components/schemas/Pet` -> `Pet`). */
import { pointerSegments } from '../load/json-pointer';

/** A `$defs` key matching ^[a-zA-Z0-9_.-]+$, from the last meaningful segments of the ref. */
export function defName(ref: string): string {
  const segments = pointerSegments(ref).filter((segment) => segment !== '');
  let name = segments[segments.length - 1] ?? 'Schema';
  if (/^\d+$/.test(name) || ['items', 'schema', 'properties', 'additionalProperties'].includes(name)) {
    name = segments.slice(-3).join('_');
  }
  return name.replace(/[^a-zA-Z0-9_.-]+/g, '_').replace(/^_+|_+$/g, '') || 'Schema';
}
