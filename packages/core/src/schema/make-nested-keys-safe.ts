/**
 * Provider-safe keys below the top level: a nested property such as `@href` or `input 1` becomes `href` or
 * `input_1` in the schema the model sees (providers reject tool schemas whose property keys fall outside
 * `^[a-zA-Z0-9_.-]{1,64}$`, at any depth), and the input is mapped back to the spec's names before sending.
 */
import type { JsonSchema } from '../json-schema';
import { isSafePropertyKey, maxPropertyKeyLength, safePropertyKey } from './safe-property-key';
import { claimFreeName } from '../naming/claim-free-name';

/** The schema to offer (unchanged when every key is already safe) and, when some key was renamed, the way back. */
export interface SafeKeysSchema {
  schema: JsonSchema;
  /** Renames the model's keys back to the spec's, following the schema (refs, arrays, oneOf/anyOf/allOf branches). */
  restore?: (input: Record<string, unknown>) => Record<string, unknown>;
}

/** Where subschemas sit: a `properties` map, one schema, a list of schemas, or a map of named schemas. */
const keywordKinds = new Map<string, 'properties' | 'single' | 'list' | 'map'>([
  ['properties', 'properties'],
  ...['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedProperties', 'unevaluatedItems'].map(
    (keyword) => [keyword, 'single'] as const,
  ),
  ...['allOf', 'anyOf', 'oneOf', 'prefixItems'].map((keyword) => [keyword, 'list'] as const),
  ...['patternProperties', 'dependentSchemas', '$defs'].map((keyword) => [keyword, 'map'] as const),
]);
const branchKeywords = ['allOf', 'anyOf', 'oneOf'];
const maxDepth = 64;

/** Makes one tool's input schema safe (see `createNestedKeysSafer`). */
export type NestedKeysSafer = (root: JsonSchema) => SafeKeysSchema;

/**
 * Creates the rewriter of one document's tools. It remembers every subschema it has seen, so the components the
 * converter shares between tools are walked once per document, not once per tool; shared subschemas stay shared.
 */
export function createNestedKeysSafer(): NestedKeysSafer {
  const renamesOf = new WeakMap<object, Map<string, string>>();
  const rewritten = new WeakMap<object, JsonSchema>();
  return (root) => makeSafe({ root, renamesOf, rewritten });
}

/** Rewrites one schema alone (no cache shared with other tools). */
export function makeNestedKeysSafe(root: JsonSchema): SafeKeysSchema {
  return createNestedKeysSafer()(root);
}

/** Rewrites every `properties` map whose keys are not provider-safe, below `root`. */
function makeSafe(options: {
  root: JsonSchema;
  renamesOf: WeakMap<object, Map<string, string>>;
  rewritten: WeakMap<object, JsonSchema>;
}): SafeKeysSchema {
  const { root, renamesOf, rewritten } = options;

  const rewrite = (node: JsonSchema): JsonSchema => {
    if (node === null || typeof node !== 'object' || Array.isArray(node) || !hasSubschemas(node)) return node;
    const done = rewritten.get(node);
    if (done !== undefined) return done;
    rewritten.set(node, node); // a cycle (none expected: recursion goes through $defs) keeps the original
    let copy: JsonSchema | undefined;
    for (const keyword in node) {
      const value = node[keyword];
      if (value === null || typeof value !== 'object') continue;
      const kind = keywordKinds.get(keyword);
      if (kind === 'properties' && !Array.isArray(value)) {
        const rewrittenProperties = rewriteProperties(value as Record<string, JsonSchema>);
        if (rewrittenProperties) {
          copy ??= { ...node };
          copy.properties = rewrittenProperties.properties;
          if (rewrittenProperties.renames) {
            const back = new Map([...rewrittenProperties.renames].map(([key, name]) => [name, key]));
            if (Array.isArray(node.required)) copy.required = node.required.map((name) => back.get(String(name)) ?? name);
            renamesOf.set(copy, rewrittenProperties.renames);
          }
        }
      } else if (kind === 'single' && !Array.isArray(value)) {
        const safe = rewrite(value as JsonSchema);
        if (safe !== value) (copy ??= { ...node })[keyword] = safe;
      } else if (kind === 'list' && Array.isArray(value)) {
        let list: unknown[] | undefined;
        for (let index = 0; index < value.length; index++) {
          const safe = rewrite(value[index] as JsonSchema);
          if (safe !== value[index]) (list ??= [...value])[index] = safe;
        }
        if (list) (copy ??= { ...node })[keyword] = list;
      } else if (kind === 'map' && !Array.isArray(value)) {
        let map: Record<string, unknown> | undefined;
        for (const name in value) {
          const item = (value as Record<string, unknown>)[name];
          const safe = rewrite(item as JsonSchema);
          if (safe !== item) (map ??= { ...value })[name] = safe;
        }
        if (map) (copy ??= { ...node })[keyword] = map;
      }
    }
    const result = copy ?? node;
    rewritten.set(node, result);
    return result;
  };

  /** The rewritten `properties` map and its renames (safe key -> spec name), or undefined when nothing changed. */
  const rewriteProperties = (
    properties: Record<string, JsonSchema>,
  ): { properties: Record<string, JsonSchema>; renames?: Map<string, string> } | undefined => {
    const names = Object.keys(properties);
    let unsafe = false;
    let changed: JsonSchema[] | undefined;
    for (let index = 0; index < names.length; index++) {
      if (!isSafePropertyKey(names[index])) unsafe = true;
      const property = properties[names[index]];
      const safe = rewrite(property);
      if (safe !== property) (changed ??= names.map((name) => properties[name]))[index] = safe;
    }
    if (!unsafe && !changed) return undefined;
    const values = changed ?? names.map((name) => properties[name]);
    if (!unsafe) return { properties: Object.fromEntries(names.map((name, index) => [name, values[index]])) };
    const taken = new Set(names.filter((name) => isSafePropertyKey(name)));
    const renames = new Map<string, string>();
    const out: Record<string, JsonSchema> = {};
    names.forEach((name, index) => {
      let key = name;
      if (!isSafePropertyKey(name)) {
        key = claimFreeName(safePropertyKey(name), taken, maxPropertyKeyLength);
        renames.set(key, name);
      }
      out[key] = values[index];
    });
    return { properties: out, renames };
  };

  const schema = rewrite(root);
  if (schema === root) return { schema };
  const defs = isRecord(schema.$defs) ? (schema.$defs as Record<string, JsonSchema>) : {};

  /** The schema and its oneOf/anyOf/allOf branches, refs into `$defs` followed: every shape a value may take. */
  const shapes = (node: unknown, depth = 0, out: JsonSchema[] = []): JsonSchema[] => {
    if (!isRecord(node) || depth > maxDepth) return out;
    let target = node as JsonSchema;
    if (typeof target.$ref === 'string' && target.$ref.startsWith('#/$defs/')) {
      const named = defs[target.$ref.slice('#/$defs/'.length)];
      if (named) target = named;
    }
    if (out.includes(target)) return out;
    out.push(target);
    for (const keyword of branchKeywords) {
      const branches = target[keyword];
      if (Array.isArray(branches)) for (const branch of branches) shapes(branch, depth + 1, out);
    }
    return out;
  };

  const restoreValue = (value: unknown, schema: unknown, depth: number): unknown => {
    if (depth > maxDepth || value === null || typeof value !== 'object') return value;
    const forms = shapes(schema);
    if (forms.length === 0) return value;
    if (Array.isArray(value)) {
      return value.map((item, index) => {
        let restored: unknown = item;
        for (const form of forms) {
          const itemSchema = Array.isArray(form.prefixItems) && index < form.prefixItems.length ? form.prefixItems[index] : form.items;
          if (itemSchema !== undefined) restored = restoreValue(restored, itemSchema, depth + 1);
        }
        return restored;
      });
    }
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      let name = key;
      let restored = item;
      for (const form of forms) {
        const original = renamesOf.get(form)?.get(key);
        if (original !== undefined) name = original;
        const properties = isRecord(form.properties) ? form.properties : {};
        const itemSchema = Object.hasOwn(properties, key) ? properties[key] : form.additionalProperties;
        if (isRecord(itemSchema)) restored = restoreValue(restored, itemSchema, depth + 1);
      }
      Object.defineProperty(out, name, { value: restored, enumerable: true, writable: true, configurable: true });
    }
    return out;
  };

  return { schema, restore: (input) => restoreValue(input, schema, 0) as Record<string, unknown> };
}

/** True when the node holds a subschema (most nodes are leaves: they are returned without a lookup). */
function hasSubschemas(node: JsonSchema): boolean {
  for (const keyword in node) {
    const value = node[keyword];
    if (value !== null && typeof value === 'object' && keywordKinds.has(keyword)) return true;
  }
  return false;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
