/** Converts OpenAPI schemas into self-contained JSON Schema 2020-12, one tool at a time, with a minimal `$defs`. */
import type { JsonSchema } from '../json-schema';
import { fileInputSchema, isFileString } from './file-input-schema';
import { readPointer } from '../load/json-pointer';
import { SpecError } from '../spec-error';
import { cleanDescription } from './clean-description';
import { defName } from './def-name';
import { claimFreeName } from '../naming/claim-free-name';

/** Which side of the call a schema describes: `input` drops readOnly properties, `output` drops writeOnly ones. */
export type SchemaDirection = 'input' | 'output';

/** What one tool's conversions share: the direction and the recursive refs they reached. */
export interface SchemaContext {
  direction: SchemaDirection;
  /** Refs emitted as `{ $ref: '#/$defs/Name' }`; `collectDefs` turns them into the tool's `$defs`. */
  uses: Set<string>;
}

/** Converts schemas of one document; caches are per document, so a shared component is converted once. */
export interface SchemaConverter {
  /** A fresh context for one tool's input or output. */
  context(direction: SchemaDirection): SchemaContext;
  /** The JSON Schema for an OpenAPI schema (or `$ref`) at `pointer`; never mutates the document. */
  convert(options: { schema: unknown; pointer: string; context: SchemaContext }): JsonSchema;
  /** Like `convert`, but a top-level recursive `$ref` comes back expanded (its `$defs` body) rather than as a ref. */
  convertExpanded(options: { schema: unknown; pointer: string; context: SchemaContext }): JsonSchema;
  /** The `$defs` the context reached (recursive refs only, transitively), or undefined when none. */
  collectDefs(context: SchemaContext): Record<string, JsonSchema> | undefined;
  /** Spec prose cleaned and cut (see cleanDescription), memoised per document. */
  describe(text: string): string;
  /** Follows a `$ref` chain to the node it names (undefined when broken); plain nodes come back as they are. */
  resolve(node: unknown): unknown;
}

/** Keywords dropped from every schema: OpenAPI-only, documentation-only, or handled by the converter. */
const dropped = new Set([
  'nullable', 'discriminator', 'xml', 'externalDocs', 'example', 'examples', 'deprecated', 'readOnly',
  'writeOnly', '$schema', '$id', '$anchor', '$comment', '$defs', 'definitions', 'id',
]);
const singleSchemaKeywords = new Set([
  'items', 'additionalProperties', 'not', 'propertyNames', 'contains', 'if', 'then', 'else',
  'unevaluatedProperties', 'unevaluatedItems', 'additionalItems', 'contentSchema',
]);
const schemaListKeywords = new Set(['allOf', 'oneOf', 'anyOf', 'prefixItems']);
const schemaMapKeywords = new Set(['patternProperties', 'dependentSchemas']);

interface Cached {
  schema: JsonSchema;
  uses: Set<string>;
}

/**
 * Refs are inlined unless recursive. A ref is recursive when its own expansion reaches it again (a cycle); from
 * then on, for the whole document, it is emitted as `{ $ref: '#/$defs/<Name>' }` and each tool's `$defs` holds
 * only the recursive refs that tool reaches. OpenAPI 3.0 idioms become 2020-12: `nullable` -> a `null` type (or
 * `anyOf` with null), boolean `exclusiveMinimum/Maximum` -> numbers, `type: file` -> binary string.
 */
export function createSchemaConverter(options: {
  document: unknown;
  source: string;
  maxDescriptionLength?: number;
}): SchemaConverter {
  const { document } = options;
  const recursive = new Set<string>();
  const inlineCache = new Map<string, Cached>();
  const defCache = new Map<string, Cached>();
  const names = new Map<string, string>();
  const usedNames = new Set<string>();
  const stack: string[] = [];

  const nameOf = (ref: string): string => {
    let name = names.get(ref);
    if (name === undefined) {
      name = claimFreeName(defName(ref), usedNames);
      names.set(ref, name);
    }
    return name;
  };

  const cleaned = new Map<string, string>();
  const description = (text: string): string => {
    let value = cleaned.get(text);
    if (value === undefined) {
      value = cleanDescription({ text, maxLength: options.maxDescriptionLength });
      cleaned.set(text, value);
    }
    return value;
  };

  const refTo = (ref: string, context: SchemaContext): JsonSchema => {
    context.uses.add(ref);
    return { $ref: `#/$defs/${nameOf(ref)}` };
  };

  const convertRef = (ref: string, pointer: string, context: SchemaContext): JsonSchema => {
    if (!ref.startsWith('#')) {
      throw new SpecError({
        message: `The $ref '${ref}' points to another file, which only file and URL specs can follow`,
        pointer,
        source: options.source,
      });
    }
    if (recursive.has(ref)) return refTo(ref, context);
    if (stack.includes(ref)) {
      recursive.add(ref);
      return refTo(ref, context);
    }
    const key = `${context.direction}:${ref}`;
    const cached = inlineCache.get(key);
    if (cached) {
      for (const use of cached.uses) context.uses.add(use);
      return cached.schema;
    }
    const target = readPointer(document, ref);
    if (target === undefined) {
      throw new SpecError({ message: `The $ref '${ref}' points to nothing`, pointer, source: options.source, ref });
    }
    const inner: SchemaContext = { direction: context.direction, uses: new Set() };
    stack.push(ref);
    let schema: JsonSchema;
    try {
      schema = convertNode(target, ref.slice(1), inner);
    } finally {
      stack.pop();
    }
    if (recursive.has(ref)) {
      defCache.set(key, { schema, uses: inner.uses });
      return refTo(ref, context);
    }
    inlineCache.set(key, { schema, uses: inner.uses });
    for (const use of inner.uses) context.uses.add(use);
    return schema;
  };

  const convertNode = (node: unknown, pointer: string, context: SchemaContext): JsonSchema => {
    if (typeof node === 'boolean') return (node ? {} : { not: {} }) as JsonSchema;
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return {};
    const record = node as Record<string, unknown>;
    if (typeof record.$ref === 'string') return convertRefWithSiblings(record, pointer, context);
    const out: JsonSchema = {};
    let removed: Set<string> | undefined;
    for (const key of Object.keys(record)) {
      const value = record[key];
      if (dropped.has(key) || key.startsWith('x-') || value === undefined) continue;
      if (key === 'properties' && value !== null && typeof value === 'object') {
        const properties: Record<string, JsonSchema> = {};
        for (const [name, property] of Object.entries(value as Record<string, unknown>)) {
          if (hidden(property, context.direction)) {
            (removed ??= new Set()).add(name);
            continue;
          }
          properties[name] = convertNode(property, `${pointer}/properties/${escape(name)}`, context);
        }
        out.properties = properties;
      } else if (singleSchemaKeywords.has(key)) {
        if (key === 'items' && Array.isArray(value)) {
          out.prefixItems = value.map((item, index) => convertNode(item, `${pointer}/items/${index}`, context));
        } else if (typeof value === 'object' || typeof value === 'boolean') {
          out[key] = convertNode(value, `${pointer}/${key}`, context);
        }
      } else if (schemaListKeywords.has(key) && Array.isArray(value)) {
        out[key] = value.map((item, index) => convertNode(item, `${pointer}/${key}/${index}`, context));
      } else if (schemaMapKeywords.has(key) && value !== null && typeof value === 'object') {
        out[key] = Object.fromEntries(
          Object.entries(value as Record<string, unknown>).map(([name, item]) => [
            name,
            convertNode(item, `${pointer}/${key}/${escape(name)}`, context),
          ]),
        );
      } else if ((key === 'exclusiveMinimum' || key === 'exclusiveMaximum') && typeof value === 'boolean') {
        const bound = record[key === 'exclusiveMinimum' ? 'minimum' : 'maximum'];
        if (value && typeof bound === 'number') out[key] = bound;
      } else if (key === 'description' && typeof value === 'string') {
        out.description = description(value);
      } else if (key === 'type' && value === 'file') {
        out.type = 'string';
        out.format = 'binary';
      } else {
        out[key] = value;
      }
    }
    if (record.exclusiveMinimum === true && typeof out.exclusiveMinimum === 'number') delete out.minimum;
    if (record.exclusiveMaximum === true && typeof out.exclusiveMaximum === 'number') delete out.maximum;
    if (removed && Array.isArray(out.required)) {
      const kept = out.required.filter((name) => !removed!.has(name));
      if (kept.length > 0) out.required = kept;
      else delete out.required;
    }
    const shaped = context.direction === 'input' && isFileString(out) ? fileInputSchema(out) : out;
    return record.nullable === true ? makeNullable(shaped) : shaped;
  };

  const convertRefWithSiblings = (
    record: Record<string, unknown>,
    pointer: string,
    context: SchemaContext,
  ): JsonSchema => {
    const target = convertRef(record.$ref as string, `${pointer}/$ref`, context);
    const siblings = Object.keys(record).filter((key) => key !== '$ref' && !key.startsWith('x-'));
    if (siblings.length === 0) return target;
    let out = target;
    const annotations: JsonSchema = {};
    for (const key of siblings) {
      const value = record[key];
      if (key === 'description' && typeof value === 'string') annotations.description = description(value);
      else if (key === 'title' || key === 'default') annotations[key] = value;
    }
    if (Object.keys(annotations).length > 0) out = { ...out, ...annotations };
    const constraints = siblings.filter(
      (key) => !dropped.has(key) && key !== 'description' && key !== 'title' && key !== 'default',
    );
    if (constraints.length > 0) {
      const rest = Object.fromEntries(constraints.map((key) => [key, record[key]]));
      out = { allOf: [target, convertNode(rest, pointer, context)], ...annotations };
    }
    return record.nullable === true ? makeNullable(out) : out;
  };

  const hidden = (property: unknown, direction: SchemaDirection): boolean => {
    const flag = direction === 'input' ? 'readOnly' : 'writeOnly';
    let node = property;
    for (let depth = 0; depth < 16 && node !== null && typeof node === 'object'; depth++) {
      const record = node as Record<string, unknown>;
      if (record[flag] === true) return true;
      if (Array.isArray(record.allOf) && record.allOf.some((member) => flagged(member, flag))) return true;
      if (typeof record.$ref !== 'string' || !record.$ref.startsWith('#')) return false;
      node = readPointer(document, record.$ref);
    }
    return false;
  };

  const flagged = (member: unknown, flag: string): boolean => {
    const node = resolve(member);
    return node !== null && typeof node === 'object' && (node as Record<string, unknown>)[flag] === true;
  };

  const resolve = (node: unknown): unknown => {
    let current = node;
    for (let depth = 0; depth < 32; depth++) {
      if (current === null || typeof current !== 'object') return current;
      const ref = (current as Record<string, unknown>).$ref;
      if (typeof ref !== 'string' || !ref.startsWith('#')) return current;
      current = readPointer(document, ref);
    }
    return undefined;
  };

  return {
    context: (direction) => ({ direction, uses: new Set() }),
    convert: ({ schema, pointer, context }) => convertNode(schema, pointer, context),
    convertExpanded({ schema, pointer, context }) {
      const converted = convertNode(schema, pointer, context);
      const ref = (schema as { $ref?: unknown } | null)?.$ref;
      if (typeof converted.$ref !== 'string' || typeof ref !== 'string' || Object.keys(converted).length !== 1) return converted;
      return defCache.get(`${context.direction}:${ref}`)?.schema ?? converted;
    },
    resolve,
    describe: description,
    collectDefs(context) {
      if (context.uses.size === 0) return undefined;
      const defs: Record<string, JsonSchema> = {};
      const queue = [...context.uses];
      const seen = new Set(queue);
      while (queue.length > 0) {
        const ref = queue.shift()!;
        const key = `${context.direction}:${ref}`;
        let entry = defCache.get(key);
        if (!entry) {
          const inner: SchemaContext = { direction: context.direction, uses: new Set() };
          stack.push(ref);
          try {
            entry = { schema: convertNode(readPointer(document, ref), ref.slice(1), inner), uses: inner.uses };
          } finally {
            stack.pop();
          }
          defCache.set(key, entry);
        }
        defs[nameOf(ref)] = entry.schema;
        for (const use of entry.uses) {
          if (!seen.has(use)) {
            seen.add(use);
            queue.push(use);
          }
        }
      }
      return defs;
    },
  };
}

/** Adds `null` to a schema: to its `type` (and `enum`) when it has one, else as an `anyOf` alternative. */
function makeNullable(schema: JsonSchema): JsonSchema {
  const type = schema.type;
  if (typeof type === 'string' || Array.isArray(type)) {
    const types = Array.isArray(type) ? type : [type];
    const out: JsonSchema = { ...schema, type: types.includes('null') ? types : [...types, 'null'] };
    if (Array.isArray(schema.enum) && !schema.enum.includes(null)) out.enum = [...schema.enum, null];
    return out;
  }
  const { description, title, default: defaultValue, ...rest } = schema;
  const out: JsonSchema = { anyOf: [rest, { type: 'null' }] };
  if (description !== undefined) out.description = description;
  if (title !== undefined) out.title = title;
  if (defaultValue !== undefined) out.default = defaultValue;
  return out;
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
