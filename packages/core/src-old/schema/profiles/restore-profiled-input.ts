/** Turns a model's input written against a profiled schema back into the shape of the tool's own `inputSchema`. */
import type { JsonSchema } from '../../json-schema';
import type { ProfiledSchema } from './profiled-schema';

const maxDepth = 64;

/**
 * Undoes the rewrite on `value`: `null` in an optional property the spec does not let be null means "left out";
 * a `{ key, value }` list becomes the object it stands for; a JSON text leaf becomes the value it spells (text that
 * is not JSON stays text). Anything else is returned as it is, for the tool's zod schema to judge.
 */
export function restoreProfiledInput(options: { value: unknown; profiled: ProfiledSchema }): unknown {
  const { schema: root, shapes } = options.profiled;
  const defs = (root.$defs ?? {}) as Record<string, JsonSchema>;

  const resolve = (node: JsonSchema | undefined): JsonSchema | undefined => {
    let current = node;
    for (let hops = 0; typeof current?.$ref === 'string' && hops < 16; hops++) current = defs[current.$ref.replace(/^#\/\$defs\//, '')];
    return current;
  };

  const restore = (value: unknown, node: JsonSchema | undefined, depth: number): unknown => {
    const schema = resolve(node);
    if (schema === undefined || depth > maxDepth) return value;
    const shape = shapes.get(schema);
    if (shape?.kind === 'json') return typeof value === 'string' ? parseJson(value) : value;
    if (shape?.kind === 'map' && Array.isArray(value)) {
      const valueSchema = ((schema.items as JsonSchema | undefined)?.properties as Record<string, JsonSchema> | undefined)?.value;
      const entries = value.filter((entry): entry is { key: unknown; value: unknown } => entry !== null && typeof entry === 'object' && 'key' in entry);
      const out: Record<string, unknown> = {};
      for (const entry of entries) {
        Object.defineProperty(out, String(entry.key), { value: restore(entry.value, valueSchema, depth + 1), enumerable: true, writable: true, configurable: true });
      }
      return out;
    }
    if (Array.isArray(schema.anyOf)) {
      const branch = (schema.anyOf as JsonSchema[]).find((member) => fits(value, resolve(member)));
      if (branch !== undefined) return restore(value, branch, depth + 1);
    }
    if (Array.isArray(value)) return schema.items === undefined ? value : value.map((item) => restore(item, schema.items, depth + 1));
    if (value === null || typeof value !== 'object' || schema.properties === undefined) return value;
    const omittable = shape?.kind === 'object' ? shape.omittable : undefined;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      if (item === null && omittable?.has(key)) continue;
      const property = Object.hasOwn(schema.properties, key) ? schema.properties[key] : undefined;
      Object.defineProperty(out, key, { value: restore(item, property, depth + 1), enumerable: true, writable: true, configurable: true });
    }
    return out;
  };

  /** True when `value` has the JSON type the branch describes (a map list or JSON leaf counts as what it stands for). */
  const fits = (value: unknown, branch: JsonSchema | undefined): boolean => {
    if (branch === undefined) return false;
    const shape = shapes.get(branch);
    if (shape?.kind === 'map') return Array.isArray(value);
    if (shape?.kind === 'json') return typeof value === 'string';
    const types = Array.isArray(branch.type) ? branch.type : branch.type === undefined ? undefined : [branch.type];
    if (types === undefined) return Array.isArray(branch.anyOf) ? (branch.anyOf as JsonSchema[]).some((member) => fits(value, resolve(member))) : true;
    const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'number' ? 'number' : typeof value;
    return types.includes(actual) || (actual === 'number' && types.includes('integer'));
  };

  return restore(options.value, root, 0);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
