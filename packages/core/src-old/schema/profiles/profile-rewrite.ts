/** The state one provider-profile rewrite shares between its steps, and where in the schema a step is. */
import type { JsonSchema } from '../../json-schema';
import type { ProfileShape } from './profiled-schema';
import type { SchemaProfile } from './schema-profile';

/** One rewrite of one tool's input schema: the profile's rules, the shape notes it records, the root's `$defs`. */
export interface ProfileRewrite {
  profile: SchemaProfile;
  shapes: WeakMap<object, ProfileShape>;
  defs: Record<string, JsonSchema>;
  /** The rewrite of a node at `place` (every step recurses through this one function). */
  rewrite: (node: unknown, place: ProfilePlace) => JsonSchema;
}

/** Where a node sits: object/array nesting levels above it, `$ref` expansions on the way, inside `$defs` or not. */
export interface ProfilePlace {
  depth: number;
  refDepth: number;
  inDefs: boolean;
}
