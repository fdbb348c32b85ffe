/** The restore half of provider-safe keys: puts the spec's keys back into a model's input, following the schema. */
import type { JsonSchema } from '../json-schema';
import type { KeyRenames } from './rename-unsafe-keys';

const branchKeywords = ['allOf', 'anyOf', 'oneOf'];
const maxDepth = 64;

/**
 * `value` with every key `renameUnsafeKeys` renamed turned back into the spec's key, at every depth: it follows
 * `schema` through properties, `additionalProperties`, items and prefixItems, oneOf/anyOf/allOf branches and
 * refs into the schema's own `$defs`. Values the schema does not describe are kept as they are.
 */
export function restoreRenamedKeys(options: { value: unknown; schema: JsonSchema; renames: KeyRenames }): unknown {
  const { schema, renames } = options;
  const defs = isRecord(schema.$defs) ? (schema.$defs as Record<string, JsonSchema>) : {};

  /** The schema and its branches, refs into `$defs` followed: every shape a value may take. */
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

  const restore = (value: unknown, node: unknown, depth: number): unknown => {
    if (depth > maxDepth || value === null || typeof value !== 'object') return value;
    const forms = shapes(node);
    if (forms.length === 0) return value;
    if (Array.isArray(value)) {
      return value.map((item, index) => {
        let restored: unknown = item;
        for (const form of forms) {
          const itemSchema = Array.isArray(form.prefixItems) && index < form.prefixItems.length ? form.prefixItems[index] : form.items;
          if (itemSchema !== undefined) restored = restore(restored, itemSchema, depth + 1);
        }
        return restored;
      });
    }
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      let name = key;
      let restored = item;
      for (const form of forms) {
        const original = renames.get(form)?.get(key);
        if (original !== undefined) name = original;
        const properties = isRecord(form.properties) ? form.properties : {};
        const itemSchema = Object.hasOwn(properties, key) ? properties[key] : form.additionalProperties;
        if (isRecord(itemSchema)) restored = restore(restored, itemSchema, depth + 1);
      }
      Object.defineProperty(out, name, { value: restored, enumerable: true, writable: true, configurable: true });
    }
    return out;
  };

  return restore(options.value, schema, 0);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
