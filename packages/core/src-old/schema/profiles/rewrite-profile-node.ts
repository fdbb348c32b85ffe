/** One node of a provider-profile rewrite, on the shared schema walker's step (`mapSubschemas`). */
import type { JsonSchema } from '../../json-schema';
import { mapSubschemas, type SubschemaPosition } from '../map-subschemas';
import { describeConstraint, withConstraintWords } from './describe-constraints';
import { jsonTextLeaf } from './json-text-leaf';
import { keepProfileKeywords, profileKeeps } from './keep-profile-keywords';
import { mergeAllOf } from './merge-all-of';
import type { ProfilePlace, ProfileRewrite } from './profile-rewrite';
import { rewriteProfileObject } from './rewrite-profile-object';
import { rewriteProfileRef } from './rewrite-profile-ref';
import { splitNullEnum } from './split-null-enum';

/**
 * Rewrites `input` at `place`, in steps: a `$ref` (see `rewriteProfileRef`); `allOf` folded when refused; a
 * container past the nesting limit cut to JSON text; the kept keywords (`keepProfileKeywords`); the subschemas,
 * one walker step; the object step (`rewriteProfileObject`); the enum, the typed-only rule and the words.
 * `true` is `{}` and `false` is `{ not: {} }`.
 */
export function rewriteProfileNode(options: { input: unknown; place: ProfilePlace; rewrite: ProfileRewrite }): JsonSchema {
  const { input, place, rewrite } = options;
  const { profile } = rewrite;
  if (input === true || input === undefined) return rewrite.rewrite({}, place);
  if (input === false || input === null || typeof input !== 'object') return { not: {} };
  let node = input as JsonSchema;
  if (typeof node.$ref === 'string') return rewriteProfileRef({ node, place, rewrite });
  const words: string[] = [];
  if (Array.isArray(node.allOf) && !profileKeeps({ profile, keyword: 'allOf' })) node = mergeAllOf({ node, words });
  if (profile.maxNesting !== undefined && place.depth >= profile.maxNesting && nests(node)) {
    // a node at the deepest level allowed may be a leaf, not a container of more levels
    return jsonTextLeaf({ source: node, words: ['nested too deep for this mode'], rewrite });
  }
  const kept = keepProfileKeywords({ node, words, profile });
  const out = mapSubschemas(kept, (child, position) => rewriteSubschema({ child, position, place, rewrite }));
  const types = Array.isArray(node.type) ? node.type : node.type === undefined ? [] : [node.type];
  if (types.includes('object') || node.properties !== undefined) {
    const object = rewriteProfileObject({ node, out, words, place, rewrite });
    if (object !== out) return object;
  }
  return finishNode({ out, words, rewrite });
}

/**
 * The walker step's callback: properties, items and a schema `additionalProperties` one level deeper, union
 * members at the same level. Other subschemas the profile kept stay as written: loosening a schema inside
 * `not` or `if` would change what the parent means.
 */
function rewriteSubschema(options: { child: unknown; position: SubschemaPosition; place: ProfilePlace; rewrite: ProfileRewrite }): unknown {
  const { child, position, place, rewrite } = options;
  const deeper = { ...place, depth: place.depth + 1 };
  switch (position.keyword) {
    case 'properties':
    case 'items':
      return rewrite.rewrite(child, deeper);
    case 'additionalProperties':
      return typeof child === 'object' ? rewrite.rewrite(child, deeper) : child;
    case 'anyOf':
    case 'allOf':
    case 'oneOf':
      return rewrite.rewrite(child, place);
    default:
      return child;
  }
}

/** The node's last step: an enum the profile cannot take goes into words, an untyped node becomes JSON text under `typedOnly`, the words join the description. */
function finishNode(options: { out: JsonSchema; words: string[]; rewrite: ProfileRewrite }): JsonSchema {
  const { out, words, rewrite } = options;
  const { profile } = rewrite;
  if (Array.isArray(out.enum)) {
    const takes = profile.enumWithoutNull
      ? (item: unknown) => item === null || typeof item === 'string' || typeof item === 'number'
      : (item: unknown) => item === null || typeof item !== 'object';
    if (!out.enum.every(takes)) {
      words.push(describeConstraint('enum', out.enum));
      delete out.enum;
    }
  }
  const typed = ['type', 'anyOf', 'oneOf', 'allOf', '$ref', 'enum', 'const'].some((keyword) => keyword in out);
  if (profile.typedOnly && !typed) return jsonTextLeaf({ source: out, words, rewrite });
  const described = withConstraintWords(out.description, words);
  if (described !== undefined) out.description = described;
  return profile.enumWithoutNull ? splitNullEnum(out) : out;
}

/** True when the node holds more levels: properties, items or a schema for other keys. */
function nests(node: JsonSchema): boolean {
  const extra = node.additionalProperties;
  return node.properties !== undefined || node.items !== undefined || (extra !== null && typeof extra === 'object');
}
