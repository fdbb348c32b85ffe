/**
 * Rewrites one tool's input schema for a provider profile. What the profile refuses moves into the description
 * in words (apiwire's zod schema, built from the original, still enforces it); the shapes the rewrite changes
 * (omittable nulls, `{ key, value }` lists, JSON text leaves) are recorded for `restoreProfiledInput`.
 */
import type { JsonSchema } from '../../json-schema';
import type { ProfileShape, ProfiledSchema } from './profiled-schema';
import type { ProfilePlace, ProfileRewrite } from './profile-rewrite';
import { rewriteProfileNode } from './rewrite-profile-node';
import type { SchemaProfile } from './schema-profile';

/**
 * Rewrites `root` (a tool's `inputSchema`, never mutated) for `profile`, node by node from the top
 * (`rewriteProfileNode`), then the root's `$defs` (unless the profile expands refs in place).
 */
export function rewriteForProfile(options: { root: JsonSchema; profile: SchemaProfile }): ProfiledSchema {
  const { root, profile } = options;
  const defs = (root.$defs ?? {}) as Record<string, JsonSchema>;
  const rewrite: ProfileRewrite = {
    profile,
    shapes: new WeakMap<object, ProfileShape>(),
    defs,
    rewrite: (input, place) => rewriteProfileNode({ input, place, rewrite }),
  };
  const schema = rewrite.rewrite(root, { depth: 0, refDepth: 0, inDefs: false });
  if (profile.recursionDepth === undefined && root.$defs !== undefined) {
    const inDefs: ProfilePlace = { depth: 1, refDepth: 0, inDefs: true };
    schema.$defs = Object.fromEntries(Object.entries(defs).map(([name, def]) => [name, rewrite.rewrite(def, inDefs)]));
  }
  return { schema, shapes: rewrite.shapes };
}
