/** The rewrite half of provider-safe keys: renames property keys providers reject, at every depth of a schema. */
import type { JsonSchema } from '../json-schema';
import { claimFreeName } from '../naming/claim-free-name';
import { mapJsonSchema, type JsonSchemaMapCache } from './map-json-schema';
import { isSafePropertyKey, maxPropertyKeyLength, safePropertyKey } from './safe-property-key';

/** For each renamed `properties` owner (a node of the rewritten schema): safe key -> the spec's key. */
export type KeyRenames = WeakMap<object, Map<string, string>>;

/**
 * `root` with every `properties` map whose keys fall outside `^[a-zA-Z0-9_.-]{1,64}$` rewritten (`@href` ->
 * `href`, `input 1` -> `input_1`, clashes suffixed) and `required` following; `root` itself when every key is
 * safe. Each renamed node is recorded in `renames` for `restoreRenamedKeys`. Pass one `cache` (and one
 * `renames`) for all tools of a document: shared components are rewritten once and stay shared.
 */
export function renameUnsafeKeys(options: { root: JsonSchema; renames: KeyRenames; cache?: JsonSchemaMapCache }): JsonSchema {
  return mapJsonSchema(options.root, {
    cache: options.cache,
    rewrite: (node) => renameProperties({ node: node as JsonSchema, renames: options.renames }),
  });
}

function renameProperties(options: { node: JsonSchema; renames: KeyRenames }): JsonSchema {
  const { node } = options;
  const properties = node.properties;
  if (properties === null || typeof properties !== 'object' || Array.isArray(properties)) return node;
  const names = Object.keys(properties);
  if (names.every(isSafePropertyKey)) return node;
  const taken = new Set(names.filter(isSafePropertyKey));
  const renames = new Map<string, string>();
  const renamed: Record<string, JsonSchema> = {};
  for (const name of names) {
    const key = isSafePropertyKey(name) ? name : claimFreeName(safePropertyKey(name), taken, maxPropertyKeyLength);
    if (key !== name) renames.set(key, name);
    Object.defineProperty(renamed, key, { value: properties[name], enumerable: true, writable: true, configurable: true });
  }
  const back = new Map([...renames].map(([key, name]) => [name, key]));
  const copy: JsonSchema = { ...node, properties: renamed };
  if (Array.isArray(node.required)) copy.required = node.required.map((name) => back.get(String(name)) ?? name);
  options.renames.set(copy, renames);
  return copy;
}
