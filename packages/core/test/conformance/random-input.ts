/** Draws varied inputs from a tool's input JSON Schema, leaning on the edges (empty, shortest, absent, null, bounds). */
import type { JsonSchema } from '../../src/json-schema';
import { sampleInput } from './sample-input';

/** A seeded generator of numbers in [0, 1) (mulberry32), so a failing draw can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A value meant to be valid against `schema` (`$ref`s resolved in `root.$defs`), chosen at random among the
 * edges a schema allows: strings and arrays at their shortest (often empty), optional properties left out or
 * filled, `null` where allowed, numbers at their bounds, a random branch of a union. Not always valid (a
 * `oneOf` may match twice, `uniqueItems`, `not`): callers keep the draws a JSON Schema validator accepts.
 */
export function randomInput(options: { schema: JsonSchema; root?: JsonSchema; random: () => number; depth?: number }): unknown {
  const { random } = options;
  const root = options.root ?? options.schema;
  const depth = options.depth ?? 0;
  const next = (schema: JsonSchema) => randomInput({ schema, root, random, depth: depth + 1 });
  const chance = (probability: number) => random() < probability;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const schema = options.schema;
  if (depth > 8) return sampleInput(schema, root, 6);
  if (typeof schema.$ref === 'string') {
    const name = decodeURIComponent(schema.$ref.replace(/^#\/\$defs\//, '')).replace(/~1/g, '/').replace(/~0/g, '~');
    const target = root.$defs?.[name];
    const { $ref: _ref, ...siblings } = schema;
    return target ? next({ ...target, ...siblings }) : {};
  }
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return pick(schema.enum);
  const union = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (Array.isArray(union) && union.length > 0) {
    const branch = pick(union);
    const { oneOf: _oneOf, anyOf: _anyOf, ...rest } = schema;
    const merged: JsonSchema = { ...rest, ...branch };
    if (rest.properties || branch.properties) merged.properties = { ...rest.properties, ...branch.properties };
    if (rest.required || branch.required) merged.required = [...new Set([...(rest.required ?? []), ...(branch.required ?? [])])];
    return next(merged);
  }
  if (Array.isArray(schema.allOf)) {
    const { allOf, ...rest } = schema;
    const merged = (allOf as JsonSchema[]).reduce<JsonSchema>((all, part) => {
      const resolved = part.$ref ? (root.$defs?.[part.$ref.replace(/^#\/\$defs\//, '')] ?? {}) : part;
      return { ...all, ...resolved, properties: { ...all.properties, ...resolved.properties }, required: [...(all.required ?? []), ...(resolved.required ?? [])] };
    }, rest);
    return next(merged);
  }
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.includes('null') && chance(0.2)) return null;
  const type = pick(types.filter((item) => item !== 'null').length > 0 ? types.filter((item) => item !== 'null') : [schema.properties ? 'object' : schema.items ? 'array' : 'string']);
  switch (type) {
    case 'object': {
      const value: Record<string, unknown> = {};
      const required = new Set(schema.required ?? []);
      for (const [key, property] of Object.entries(schema.properties ?? {})) {
        if (required.has(key) || (depth < 4 && chance(0.5))) value[key] = next(property);
      }
      for (const key of required) if (!(key in value)) value[key] = 'sample';
      return value;
    }
    case 'array': {
      const minimum = Number(schema.minItems ?? 0);
      const maximum = Math.min(Number(schema.maxItems ?? minimum + 2), minimum + 2);
      const count = depth > 4 || chance(0.5) ? minimum : minimum + Math.floor(random() * (maximum - minimum + 1));
      return Array.from({ length: count }, () => next(schema.items ?? {}));
    }
    case 'integer':
    case 'number': {
      const bounds = [schema.minimum, schema.maximum].filter((bound): bound is number => typeof bound === 'number');
      if (bounds.length > 0 && chance(0.5) && typeof schema.multipleOf !== 'number') {
        const bound = pick(bounds);
        return type === 'integer' ? Math.round(bound) : bound;
      }
      return sampleInput(schema, root, 6);
    }
    case 'boolean':
      return chance(0.5);
    default: {
      // `contentEncoding` is an annotation a validator does not check: it does not make a string less plain.
      const plain = schema.format === undefined && schema.pattern === undefined;
      const minimum = Number(schema.minLength ?? 0);
      const maximum = Number(schema.maxLength ?? Number.MAX_SAFE_INTEGER);
      if (plain && chance(0.3)) return 'x'.repeat(minimum);
      if (plain && chance(0.3)) return 'a b&c=d/e?f#%,;.'.padEnd(minimum, 'x').slice(0, Math.max(minimum, Math.min(maximum, 16)));
      return sampleInput({ ...schema, type: 'string' }, root, 6);
    }
  }
}
