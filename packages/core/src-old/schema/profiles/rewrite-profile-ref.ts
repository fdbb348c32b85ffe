/** A `$ref` under a provider profile: kept (bare when the profile wants it so) or, for Anthropic strict, expanded. */
import type { JsonSchema } from '../../json-schema';
import { jsonTextLeaf } from './json-text-leaf';
import type { ProfilePlace, ProfileRewrite } from './profile-rewrite';

/**
 * With `recursionDepth`, the def the ref names is expanded in place (its siblings over it) that many times, then
 * cut to a JSON text leaf. Otherwise the ref stays; sibling keywords are rewritten beside it, or with
 * `bareRefs` the ref moves into `anyOf: [{ $ref }]` so it stands alone.
 */
export function rewriteProfileRef(options: { node: JsonSchema; place: ProfilePlace; rewrite: ProfileRewrite }): JsonSchema {
  const { node, place, rewrite } = options;
  const { $ref, ...siblings } = node;
  if (rewrite.profile.recursionDepth !== undefined) {
    const name = String($ref).replace(/^#\/\$defs\//, '');
    const def = Object.hasOwn(rewrite.defs, name) ? rewrite.defs[name] : undefined;
    const expanded = { ...def, ...siblings };
    if (def === undefined || place.refDepth >= rewrite.profile.recursionDepth) {
      return jsonTextLeaf({ source: expanded, words: ['the same shape again, cut here'], rewrite });
    }
    return rewrite.rewrite(expanded, { ...place, refDepth: place.refDepth + 1 });
  }
  const ref: JsonSchema = { $ref };
  if (Object.keys(siblings).length === 0) return ref;
  const rest = rewrite.rewrite(siblings, place);
  return rewrite.profile.bareRefs ? { anyOf: [ref], ...rest } : { ...rest, $ref };
}
