/**
 * Provider-safe keys below the top level: a nested property such as `@href` or `input 1` becomes `href` or
 * `input_1` in the schema the model sees (providers reject tool schemas whose property keys fall outside
 * `^[a-zA-Z0-9_.-]{1,64}$`, at any depth), and the input is mapped back to the spec's names before sending.
 */
import type { JsonSchema } from '../json-schema';
import { safePropertyKey } from './safe-property-key';

/** The schema to offer (unchanged when every key is already safe) and, when some key was renamed, the way back. */
export interface SafeKeysSchema {
  schema: JsonSchema;
  /** Renames the model's keys back to the spec's, following the schema (refs, arrays, oneOf/anyOf/allOf branches). */
  restore?: (input: Record<string, unknown>) => Record<string, unknown>;
}

const singleSchemaKeywords = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedProperties', 'unevaluatedItems'];
const schemaListKeywords = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const schemaMapKeywords = ['patternProperties', 'dependentSchemas', '$defs'];
const branchKeywords = ['allOf', 'anyOf', 'oneOf'];
const maxDepth = 64;

/** Rewrites every `properties` map whose keys are not provider-safe; shared subschemas stay shared. */
export function makeNestedKeysSafe(root: JsonSchema): SafeKeysSchema {
  const renamesOf = new WeakMap<object, Map<string, string>>();
  const rewritten = new Map<object, JsonSchema>();

  const rewrite = (node: JsonSchema): JsonSchema => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return node;
    const done = rewritten.get(node);
    if (done) return done;
    rewritten.set(node, node); // a cycle (none expected: recursion goes through $defs) keeps the original
    let copy: JsonSchema | undefined;
    const set = (key: string, value: unknown) => {
      copy ??= { ...node };
      copy[key] = value;
    };
    if (isRecord(node.properties)) {
      const names = Object.keys(node.properties);
      const taken = new Set(names.filter((name) => safePropertyKey(name) === name));
      const renames = new Map<string, string>();
      const properties: Record<string, JsonSchema> = {};
      let changed = false;
      for (const name of names) {
        let key = name;
        if (safePropertyKey(name) !== name) {
          const base = safePropertyKey(name);
          key = base;
          for (let counter = 2; taken.has(key); counter++) key = `${base}_${counter}`;
          taken.add(key);
          renames.set(key, name);
        }
        const property = node.properties[name] as JsonSchema;
        const safe = rewrite(property);
        if (key !== name || safe !== property) changed = true;
        properties[key] = safe;
      }
      if (changed) set('properties', properties);
      if (renames.size > 0) {
        const back = new Map([...renames].map(([key, name]) => [name, key]));
        if (Array.isArray(node.required)) set('required', node.required.map((name) => back.get(String(name)) ?? name));
        renamesOf.set(copy!, renames);
      }
    }
    for (const keyword of singleSchemaKeywords) {
      const value = node[keyword];
      if (isRecord(value)) {
        const safe = rewrite(value as JsonSchema);
        if (safe !== value) set(keyword, safe);
      }
    }
    for (const keyword of schemaListKeywords) {
      const value = node[keyword];
      if (!Array.isArray(value)) continue;
      const safe = value.map((item) => rewrite(item as JsonSchema));
      if (safe.some((item, index) => item !== value[index])) set(keyword, safe);
    }
    for (const keyword of schemaMapKeywords) {
      const value = node[keyword];
      if (!isRecord(value)) continue;
      const safe = Object.fromEntries(Object.entries(value).map(([name, item]) => [name, rewrite(item as JsonSchema)]));
      if (Object.keys(safe).some((name) => safe[name] !== value[name])) set(keyword, safe);
    }
    const result = copy ?? node;
    rewritten.set(node, result);
    return result;
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
