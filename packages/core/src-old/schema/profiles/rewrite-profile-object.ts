/** The object step of a node's profile rewrite: required properties, closed objects, maps and free-form objects. */
import type { JsonSchema } from '../../json-schema';
import { allowsNull } from './allows-null';
import { withConstraintWords } from './describe-constraints';
import { jsonTextLeaf } from './json-text-leaf';
import { keyValueListSchema } from './key-value-list-schema';
import { optionalAsNullable } from './optional-as-nullable';
import type { ProfilePlace, ProfileRewrite } from './profile-rewrite';

/**
 * Finishes an object node: `out` is the node with kept keywords and rewritten subschemas, `node` the original.
 * Under `closeObjects` an object without properties becomes a `{ key, value }` list (a typed map that fits the
 * nesting limit) or a JSON text leaf. With properties: `requireAll` makes every property required, the optional
 * ones nullable (recorded as omittable); `optionalRecursion` lets a required `$ref` property inside `$defs` be
 * left out (said in words). Returns `out` itself when the node stays an object.
 */
export function rewriteProfileObject(options: {
  node: JsonSchema;
  out: JsonSchema;
  words: string[];
  place: ProfilePlace;
  rewrite: ProfileRewrite;
}): JsonSchema {
  const { node, out, place, rewrite } = options;
  const { profile } = rewrite;
  const properties = out.properties as Record<string, JsonSchema> | undefined;
  if (profile.closeObjects && properties === undefined) return freeFormObject(options);
  if (properties === undefined) return out;
  if (profile.typedOnly && out.type === undefined) out.type = 'object';
  const required = new Set(Array.isArray(node.required) ? node.required.map(String) : []);
  const omittable = new Set<string>();
  const finished: Record<string, JsonSchema> = {};
  for (const [name, property] of Object.entries(properties)) {
    let schema = property;
    if (profile.requireAll && !required.has(name)) {
      if (!allowsNull(schema)) omittable.add(name);
      schema = optionalAsNullable({ schema, shapes: rewrite.shapes });
    } else if (profile.optionalRecursion && place.inDefs && required.has(name) && isRefLike(schema)) {
      required.delete(name);
      schema = { ...schema, description: withConstraintWords(schema.description, ['required']) };
    }
    Object.defineProperty(finished, name, { value: schema, enumerable: true, writable: true, configurable: true });
  }
  out.properties = finished;
  const names = profile.requireAll ? Object.keys(finished) : [...required].filter((name) => Object.hasOwn(finished, name));
  if (names.length > 0) out.required = names;
  if (profile.closeObjects) out.additionalProperties = false;
  if (omittable.size > 0) rewrite.shapes.set(out, { kind: 'object', omittable });
  return out;
}

/** An object without properties under `closeObjects`: a `{ key, value }` list when it is a typed map that fits, else JSON text. */
function freeFormObject(options: { node: JsonSchema; out: JsonSchema; words: string[]; place: ProfilePlace; rewrite: ProfileRewrite }): JsonSchema {
  const { node, words, place, rewrite } = options;
  const nullable = Array.isArray(node.type) && node.type.includes('null');
  const value = node.additionalProperties;
  const maxNesting = rewrite.profile.maxNesting;
  const listFits = maxNesting === undefined || place.depth + 2 <= maxNesting;
  if (listFits && value !== null && typeof value === 'object' && Object.keys(value).length > 0) {
    return keyValueListSchema({ node, value: value as JsonSchema, words, nullable, place, rewrite });
  }
  return jsonTextLeaf({ source: options.out, words: [...words, 'an object'], nullable, rewrite });
}

/** A `$ref`, or an `anyOf` whose one member is a `$ref` (a bare ref with siblings). */
function isRefLike(schema: JsonSchema): boolean {
  if (typeof schema.$ref === 'string') return true;
  return Array.isArray(schema.anyOf) && schema.anyOf.length === 1 && typeof (schema.anyOf[0] as JsonSchema).$ref === 'string';
}
