/** A string leaf that stands for a JSON value the profile cannot describe, written by the model as text. */
import type { JsonSchema } from '../../json-schema';
import { withConstraintWords } from './describe-constraints';
import type { ProfileRewrite } from './profile-rewrite';

/** A string (or string-or-null) leaf, described with `words`, recorded as a `json` shape for the restore. */
export function jsonTextLeaf(options: { source: JsonSchema; words: string[]; nullable?: boolean; rewrite: ProfileRewrite }): JsonSchema {
  const described = withConstraintWords(options.source.description, [...options.words, 'a JSON value written as text']);
  const leaf: JsonSchema = { type: options.nullable ? ['string', 'null'] : 'string', ...(described ? { description: described } : {}) };
  options.rewrite.shapes.set(leaf, { kind: 'json' });
  return leaf;
}
