/**
 * Rewrites one tool's input schema for a provider profile. What the profile refuses moves into the description
 * in words (apiwire's zod schema, built from the original, still enforces it); the shapes the rewrite changes
 * (omittable nulls, `{ key, value }` lists, JSON text leaves) are recorded for `restoreProfiledInput`.
 */
import type { JsonSchema } from '../../json-schema';
import { describeConstraint, withConstraintWords } from './describe-constraints';
import type { SchemaProfile } from './schema-profile';

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


/** Rewrites `root` (a tool's `inputSchema`, never mutated) for `profile`. */
export function rewriteForProfile(options: { root: JsonSchema; profile: SchemaProfile }): ProfiledSchema {
  const { root, profile } = options;
  const shapes = new WeakMap<object, ProfileShape>();
  const keeps = (keyword: string): boolean => profile.keywords === undefined || profile.keywords.has(keyword);
  const refusedValue = (keyword: string, value: unknown): boolean =>
    (keyword === 'format' && profile.formats !== undefined && !profile.formats.has(String(value))) ||
    (keyword === 'pattern' && profile.refusesPattern?.(String(value)) === true);
  const defs = (root.$defs ?? {}) as Record<string, JsonSchema>;

  const jsonLeaf = (source: JsonSchema, words: string[], nullable = false): JsonSchema => {
    const described = withConstraintWords(source.description, [...words, 'a JSON value written as text']);
    const leaf: JsonSchema = { type: nullable ? ['string', 'null'] : 'string', ...(described ? { description: described } : {}) };
    shapes.set(leaf, { kind: 'json' });
    return leaf;
  };

  const rewrite = (input: unknown, depth: number, refDepth: number, inDefs: boolean): JsonSchema => {
    if (input === true || input === undefined) return rewrite({}, depth, refDepth, inDefs);
    if (input === false || input === null || typeof input !== 'object') return { not: {} } as JsonSchema;
    let node = input as JsonSchema;
    const words: string[] = [];
    if (typeof node.$ref === 'string') return rewriteRef(node, depth, refDepth, inDefs);
    if (Array.isArray(node.allOf) && !keeps('allOf')) node = mergeAllOf(node, words);
    // a node at the deepest level allowed may be a leaf, not a container of more levels
    const nests = node.properties !== undefined || node.items !== undefined || (node.additionalProperties !== null && typeof node.additionalProperties === 'object');
    if (profile.maxNesting !== undefined && depth >= profile.maxNesting && nests) return jsonLeaf(node, ['nested too deep for this mode']);
    const out: JsonSchema = {};
    const members = (value: unknown) => (value as unknown[]).map((member) => rewrite(member, depth, refDepth, inDefs));
    for (const [keyword, value] of Object.entries(node)) {
      if (keyword === 'properties' || keyword === 'required' || keyword === '$defs' || value === undefined) continue;
      if (keyword === 'items') out.items = rewrite(Array.isArray(value) ? {} : value, depth + 1, refDepth, inDefs);
      else if (keyword === 'anyOf' || keyword === 'allOf') out[keyword] = members(value);
      else if (keyword === 'oneOf') {
        if (keeps('oneOf')) out.oneOf = members(value);
        else if (node.anyOf === undefined) out.anyOf = members(value);
        else words.push(describeConstraint(keyword, value));
      } else if (keyword === 'additionalProperties') {
        if (!profile.closeObjects) out.additionalProperties = typeof value === 'object' ? rewrite(value, depth + 1, refDepth, inDefs) : value;
      } else if (keyword === 'type' || keyword === 'description' || keyword === 'title') (out as Record<string, unknown>)[keyword] = value;
      else if (keyword === 'minItems' && profile.maxMinItems !== undefined && Number(value) > profile.maxMinItems) {
        words.push(describeConstraint(keyword, value));
        out.minItems = profile.maxMinItems;
      } else if (!keeps(keyword) || refusedValue(keyword, value)) words.push(describeConstraint(keyword, value));
      else out[keyword] = value;
    }
    const arrayTyped = Array.isArray(node.type) ? node.type.includes('array') : node.type === 'array';
    if (arrayTyped && out.items === undefined && profile.typedOnly) out.items = rewrite({}, depth + 1, refDepth, inDefs);
    const types = Array.isArray(node.type) ? node.type : node.type === undefined ? [] : [node.type];
    const isObject = types.includes('object') || node.properties !== undefined;
    if (isObject) {
      const object = rewriteObject(node, out, words, depth, refDepth, inDefs);
      if (object !== out) return object;
    }
    if (Array.isArray(out.enum)) rewriteEnum(out, words);
    const typed = ['type', 'anyOf', 'oneOf', 'allOf', '$ref', 'enum', 'const'].some((keyword) => keyword in out);
    if (profile.typedOnly && !typed) return jsonLeaf(out, words);
    const described = withConstraintWords(out.description, words);
    if (described !== undefined) out.description = described;
    return profile.enumWithoutNull ? splitNullEnum(out) : out;
  };

  const rewriteRef = (node: JsonSchema, depth: number, refDepth: number, inDefs: boolean): JsonSchema => {
    const { $ref, ...siblings } = node;
    const name = String($ref).replace(/^#\/\$defs\//, '');
    if (profile.recursionDepth !== undefined) {
      if (refDepth >= profile.recursionDepth || defs[name] === undefined) return jsonLeaf({ ...defs[name], ...siblings }, ['the same shape again, cut here']);
      return rewrite({ ...defs[name], ...siblings }, depth, refDepth + 1, inDefs);
    }
    const ref: JsonSchema = { $ref };
    if (Object.keys(siblings).length === 0) return ref;
    const rest = rewrite(siblings, depth, refDepth, inDefs);
    if (!profile.bareRefs) return { ...rest, $ref };
    return { anyOf: [ref], ...rest };
  };

  const rewriteObject = (
    node: JsonSchema,
    out: JsonSchema,
    words: string[],
    depth: number,
    refDepth: number,
    inDefs: boolean,
  ): JsonSchema => {
    const properties = (node.properties ?? undefined) as Record<string, JsonSchema> | undefined;
    const extra = node.additionalProperties;
    if (profile.closeObjects && properties === undefined) {
      const nullable = Array.isArray(node.type) && node.type.includes('null');
      const listFits = profile.maxNesting === undefined || depth + 2 <= profile.maxNesting;
      if (listFits && extra !== null && typeof extra === 'object' && Object.keys(extra).length > 0) return mapList(node, extra as JsonSchema, words, depth, refDepth, inDefs, nullable);
      return jsonLeaf(out, [...words, 'an object'], nullable);
    }
    if (properties === undefined) return out;
    if (profile.typedOnly && out.type === undefined) out.type = 'object';
    const required = new Set(Array.isArray(node.required) ? node.required.map(String) : []);
    const omittable = new Set<string>();
    const rewritten: Record<string, JsonSchema> = {};
    for (const [name, property] of Object.entries(properties)) {
      let schema = rewrite(property, depth + 1, refDepth, inDefs);
      if (profile.requireAll && !required.has(name)) {
        if (!allowsNull(schema)) omittable.add(name);
        schema = nullable(schema);
      } else if (profile.optionalRecursion && inDefs && required.has(name) && isRefLike(schema)) {
        required.delete(name);
        schema = { ...schema, description: withConstraintWords(schema.description, ['required']) };
      }
      rewritten[name] = schema;
    }
    out.properties = rewritten;
    const names = profile.requireAll ? Object.keys(rewritten) : [...required].filter((name) => Object.hasOwn(rewritten, name));
    if (names.length > 0) out.required = names;
    if (profile.closeObjects) out.additionalProperties = false;
    if (omittable.size > 0) shapes.set(out, { kind: 'object', omittable });
    void words;
    return out;
  };

  const mapList = (
    node: JsonSchema,
    value: JsonSchema,
    words: string[],
    depth: number,
    refDepth: number,
    inDefs: boolean,
    nullable: boolean,
  ): JsonSchema => {
    for (const keyword of ['minProperties', 'maxProperties', 'propertyNames']) if (node[keyword] !== undefined) words.push(describeConstraint(keyword, node[keyword]));
    const entry: JsonSchema = {
      type: 'object',
      properties: { key: { type: 'string' }, value: rewrite(value, depth + 2, refDepth, inDefs) },
      required: ['key', 'value'],
      additionalProperties: false,
    };
    const description = withConstraintWords(node.description, [...words, 'a list of { key, value } entries, one per key']);
    const list: JsonSchema = { type: nullable ? ['array', 'null'] : 'array', items: entry, ...(description ? { description } : {}) };
    shapes.set(list, { kind: 'map' });
    return list;
  };

  const rewriteEnum = (out: JsonSchema, words: string[]) => {
    const values = out.enum as unknown[];
    const allowed = profile.enumWithoutNull ? (item: unknown) => item === null || typeof item === 'string' || typeof item === 'number' : (item: unknown) => item === null || typeof item !== 'object';
    if (values.every(allowed)) return;
    words.push(describeConstraint('enum', values));
    delete out.enum;
  };

  const nullable = (schema: JsonSchema): JsonSchema => {
    if (allowsNull(schema)) return schema;
    if (typeof schema.type === 'string' && schema.enum === undefined && schema.$ref === undefined) {
      const out: JsonSchema = { ...schema, type: [schema.type, 'null'] };
      const shape = shapes.get(schema);
      if (shape) shapes.set(out, shape);
      return out;
    }
    const { description, ...rest } = schema;
    const shape = shapes.get(schema);
    if (shape) shapes.set(rest, shape);
    return { anyOf: [rest, { type: 'null' }], ...(description === undefined ? {} : { description }) };
  };

  const schema = rewrite(root, 0, 0, false);
  if (profile.recursionDepth === undefined && root.$defs !== undefined) {
    schema.$defs = Object.fromEntries(Object.entries(defs).map(([name, def]) => [name, rewrite(def, 1, 0, true)]));
  }
  return { schema, shapes };
}

/** A nullable enum as `anyOf: [enum without null, null]` (Gemini reads enums of strings and numbers only). */
function splitNullEnum(out: JsonSchema): JsonSchema {
  if (!Array.isArray(out.enum) || !out.enum.includes(null)) return out;
  const { description, ...rest } = out;
  const values = out.enum.filter((value) => value !== null);
  const types = (Array.isArray(out.type) ? out.type : out.type === undefined ? [] : [out.type]).filter((type) => type !== 'null');
  const member: JsonSchema = { ...rest, enum: values };
  if (types.length === 1) member.type = types[0];
  else if (types.length === 0) delete member.type;
  else member.type = types;
  if (values.length === 0) return { type: 'null', ...(description === undefined ? {} : { description }) };
  return { anyOf: [member, { type: 'null' }], ...(description === undefined ? {} : { description }) };
}

/** `allOf` members folded into one schema: properties and required united, other keywords kept from the first, the rest in words. */
function mergeAllOf(node: JsonSchema, words: string[]): JsonSchema {
  const { allOf, ...merged } = node;
  const properties: Record<string, JsonSchema> = { ...((merged.properties ?? {}) as Record<string, JsonSchema>) };
  const required = new Set(Array.isArray(merged.required) ? merged.required : []);
  const refs: JsonSchema[] = [];
  for (const member of allOf as JsonSchema[]) {
    if (member === null || typeof member !== 'object') continue;
    if (typeof member.$ref === 'string') {
      refs.push(member);
      continue;
    }
    const inner = Array.isArray(member.allOf) ? mergeAllOf(member, words) : member;
    for (const [keyword, value] of Object.entries(inner)) {
      if (keyword === 'properties') Object.assign(properties, value);
      else if (keyword === 'required' && Array.isArray(value)) for (const name of value) required.add(name);
      else if (keyword === 'description' && merged.description !== undefined) continue;
      else if (merged[keyword] === undefined) merged[keyword] = value;
      else if (JSON.stringify(merged[keyword]) !== JSON.stringify(value)) words.push(describeConstraint(keyword, value));
    }
  }
  if (Object.keys(properties).length > 0) merged.properties = properties;
  if (required.size > 0) merged.required = [...required];
  if (refs.length === 0) return merged;
  // a member that is a (recursive) $ref cannot be folded in: it stays one alternative of its own
  return { ...merged, anyOf: [...((merged.anyOf as JsonSchema[] | undefined) ?? []), ...refs] };
}

/** True when the schema itself admits null. */
export function allowsNull(schema: JsonSchema): boolean {
  if (schema.type === 'null' || (Array.isArray(schema.type) && schema.type.includes('null'))) return true;
  return Array.isArray(schema.anyOf) && schema.anyOf.some((member) => allowsNull(member as JsonSchema));
}

function isRefLike(schema: JsonSchema): boolean {
  if (typeof schema.$ref === 'string') return true;
  return Array.isArray(schema.anyOf) && schema.anyOf.length === 1 && typeof (schema.anyOf[0] as JsonSchema).$ref === 'string';
}
