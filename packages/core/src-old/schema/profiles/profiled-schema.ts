/** What a provider-profile rewrite returns: the model's schema and where its shapes differ from the original. */
import type { JsonSchema } from '../../json-schema';

/** How a model-schema node differs from the original at the same place. */
export type ProfileShape =
  | { kind: 'map' }
  | { kind: 'json' }
  | { kind: 'object'; omittable: ReadonlySet<string> };

/** The rewritten schema and the shape notes `restoreProfiledInput` follows. */
export interface ProfiledSchema {
  schema: JsonSchema;
  shapes: WeakMap<object, ProfileShape>;
}
