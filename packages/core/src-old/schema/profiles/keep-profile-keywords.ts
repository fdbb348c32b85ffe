/** The first step of a node's profile rewrite: which of its own keywords the profile keeps, and the rest in words. */
import type { JsonSchema } from '../../json-schema';
import { describeConstraint } from './describe-constraints';
import type { SchemaProfile } from './schema-profile';

/** True when the profile keeps `keyword` as it is. */
export function profileKeeps(options: { profile: SchemaProfile; keyword: string }): boolean {
  return options.profile.keywords === undefined || options.profile.keywords.has(options.keyword);
}

/**
 * A new node with the keywords of `node` the profile keeps, subschemas still the original ones (the walker's
 * step rewrites them next); each refused constraint is pushed onto `words` instead. `required` and `$defs` are
 * left out (the object step and the root rebuild them); a tuple `items` becomes `{}`; a refused `oneOf` becomes
 * `anyOf` when the node has none; under `closeObjects` `additionalProperties` goes (the object step decides);
 * a `minItems` above the profile's cap is lowered to it; a typed-only profile gives arrays `items: {}`.
 */
export function keepProfileKeywords(options: { node: JsonSchema; words: string[]; profile: SchemaProfile }): JsonSchema {
  const { node, words, profile } = options;
  const keeps = (keyword: string) => profileKeeps({ profile, keyword });
  const kept: JsonSchema = {};
  for (const [keyword, value] of Object.entries(node)) {
    if (keyword === 'required' || keyword === '$defs' || value === undefined) continue;
    if (keyword === 'properties') {
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) kept.properties = value as Record<string, JsonSchema>;
    } else if (keyword === 'items') kept.items = Array.isArray(value) ? {} : (value as JsonSchema);
    else if (keyword === 'oneOf') {
      if (keeps('oneOf')) kept.oneOf = value;
      else if (node.anyOf === undefined) kept.anyOf = value;
      else words.push(describeConstraint(keyword, value));
    } else if (keyword === 'additionalProperties') {
      if (!profile.closeObjects) kept.additionalProperties = value;
    } else if (['anyOf', 'allOf', 'type', 'description', 'title'].includes(keyword)) kept[keyword] = value;
    else if (keyword === 'minItems' && profile.maxMinItems !== undefined && Number(value) > profile.maxMinItems) {
      words.push(describeConstraint(keyword, value));
      kept.minItems = profile.maxMinItems;
    } else if (!keeps(keyword) || refusesValue({ profile, keyword, value })) words.push(describeConstraint(keyword, value));
    else kept[keyword] = value;
  }
  const arrayTyped = Array.isArray(node.type) ? node.type.includes('array') : node.type === 'array';
  if (profile.typedOnly && arrayTyped && kept.items === undefined) kept.items = {};
  return kept;
}

/** A `format` the profile does not list, or a `pattern` it refuses. */
function refusesValue(options: { profile: SchemaProfile; keyword: string; value: unknown }): boolean {
  const { profile, keyword, value } = options;
  if (keyword === 'format') return profile.formats !== undefined && !profile.formats.has(String(value));
  return keyword === 'pattern' && profile.refusesPattern?.(String(value)) === true;
}
