/**
 * Provider-safe keys below the top level: a nested property such as `@href` or `input 1` becomes `href` or
 * `input_1` in the schema the model sees (providers reject tool schemas whose property keys fall outside
 * `^[a-zA-Z0-9_.-]{1,64}$`, at any depth), and the input is mapped back to the spec's names before sending.
 * The two halves: `renameUnsafeKeys` (rewrite) and `restoreRenamedKeys` (restore).
 */
import type { JsonSchema } from '../json-schema';
import type { JsonSchemaMapCache } from './map-json-schema';
import { renameUnsafeKeys, type KeyRenames } from './rename-unsafe-keys';
import { restoreRenamedKeys } from './restore-renamed-keys';

/** The schema to offer (unchanged when every key is already safe) and, when some key was renamed, the way back. */
export interface SafeKeysSchema {
  schema: JsonSchema;
  /** Renames the model's keys back to the spec's, following the schema (refs, arrays, oneOf/anyOf/allOf branches). */
  restore?: (input: Record<string, unknown>) => Record<string, unknown>;
}

/** Makes one tool's input schema safe (see `createNestedKeysSafer`). */
export type NestedKeysSafer = (root: JsonSchema) => SafeKeysSchema;

/**
 * Creates the rewriter of one document's tools. It remembers every subschema it has seen, so the components the
 * converter shares between tools are walked once per document, not once per tool; shared subschemas stay shared.
 */
export function createNestedKeysSafer(): NestedKeysSafer {
  const renames: KeyRenames = new WeakMap();
  const cache: JsonSchemaMapCache = new WeakMap();
  return (root) => {
    const schema = renameUnsafeKeys({ root, renames, cache });
    if (schema === root) return { schema };
    return { schema, restore: (input) => restoreRenamedKeys({ value: input, schema, renames }) as Record<string, unknown> };
  };
}

/** Rewrites one schema alone (no cache shared with other tools). */
export function makeNestedKeysSafe(root: JsonSchema): SafeKeysSchema {
  return createNestedKeysSafer()(root);
}
