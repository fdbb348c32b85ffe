/** A map (an object with only `additionalProperties`) as a closed-object profile takes it: a list of entries. */
import type { JsonSchema } from '../../json-schema';
import { describeConstraint, withConstraintWords } from './describe-constraints';
import { profileKeeps } from './keep-profile-keywords';
import type { ProfilePlace, ProfileRewrite } from './profile-rewrite';

/**
 * An array of `{ key, value }` entries standing for the map `node`, `value` rewritten two levels deeper;
 * recorded as a `map` shape for the restore. The map's key constraints go into the description (those the
 * profile refused are in `words` already).
 */
export function keyValueListSchema(options: {
  node: JsonSchema;
  value: JsonSchema;
  words: string[];
  nullable: boolean;
  place: ProfilePlace;
  rewrite: ProfileRewrite;
}): JsonSchema {
  const { node, words, place, rewrite } = options;
  for (const keyword of ['minProperties', 'maxProperties', 'propertyNames']) {
    if (node[keyword] !== undefined && profileKeeps({ profile: rewrite.profile, keyword })) words.push(describeConstraint(keyword, node[keyword]));
  }
  const entry: JsonSchema = {
    type: 'object',
    properties: { key: { type: 'string' }, value: rewrite.rewrite(options.value, { ...place, depth: place.depth + 2 }) },
    required: ['key', 'value'],
    additionalProperties: false,
  };
  const description = withConstraintWords(node.description, [...words, 'a list of { key, value } entries, one per key']);
  const list: JsonSchema = { type: options.nullable ? ['array', 'null'] : 'array', items: entry, ...(description ? { description } : {}) };
  rewrite.shapes.set(list, { kind: 'map' });
  return list;
}
