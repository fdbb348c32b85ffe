/** Folds `allOf` into one schema, for profiles that refuse the keyword. */
import type { JsonSchema } from '../../json-schema';
import { describeConstraint } from './describe-constraints';

/**
 * `allOf` members folded into one schema: properties and required united, other keywords kept from the first,
 * conflicting ones pushed onto `words`. A member that is a (recursive) `$ref` cannot be folded in: it becomes an
 * `anyOf` alternative of its own.
 */
export function mergeAllOf(options: { node: JsonSchema; words: string[] }): JsonSchema {
  const { node, words } = options;
  const { allOf, ...merged } = node;
  const properties: Record<string, JsonSchema> = { ...((merged.properties ?? {}) as Record<string, JsonSchema>) };
  const required = new Set(Array.isArray(merged.required) ? merged.required : []);
  const refs: JsonSchema[] = [];
  for (const member of allOf as JsonSchema[]) {
    if (member === null || typeof member !== 'object') continue;
    if (typeof member.$ref === 'string') {
      refs.push(member);
      continue;
    }
    const inner = Array.isArray(member.allOf) ? mergeAllOf({ node: member, words }) : member;
    for (const [keyword, value] of Object.entries(inner)) {
      if (keyword === 'properties') Object.assign(properties, value);
      else if (keyword === 'required' && Array.isArray(value)) for (const name of value) required.add(name);
      else if (keyword === 'description' && merged.description !== undefined) continue;
      else if (merged[keyword] === undefined) merged[keyword] = value;
      else if (JSON.stringify(merged[keyword]) !== JSON.stringify(value)) words.push(describeConstraint(keyword, value));
    }
  }
  if (Object.keys(properties).length > 0) merged.properties = properties;
  if (required.size > 0) merged.required = [...required];
  if (refs.length === 0) return merged;
  return { ...merged, anyOf: [...((merged.anyOf as JsonSchema[] | undefined) ?? []), ...refs] };
}
