/** Converts one OpenAPI schema node (and, through `$ref`s, what it reaches) into JSON Schema 2020-12. */
import type { JsonSchema } from '../json-schema';
import { readPointer } from '../load/json-pointer';
import { SpecError } from '../spec-error';
import { fileInputSchema, isFileString } from './file-input-schema';
import { isHiddenProperty } from './is-hidden-property';
import { makeNullable } from './make-nullable';
import { repairSchemaNode } from './repair-schema-node';
import { safeIntegerBounds } from './safe-integer-bounds';
import { mapSubschemas, subschemaPointer } from './map-subschemas';
import type { SchemaContext, SchemaConversionState } from './schema-conversion-state';
import { subschemaKeywords } from './subschema-keywords';

/** Keywords dropped from every schema: OpenAPI-only, documentation-only, or handled by the converter. */
const dropped = new Set([
  'nullable', 'discriminator', 'xml', 'externalDocs', 'example', 'examples', 'deprecated', 'readOnly',
  'writeOnly', '$schema', '$id', '$anchor', '$comment', '$defs', 'definitions', 'id',
]);

/**
 * The JSON Schema of `node` at `pointer`; never mutates the document. Subschemas are converted through
 * `mapSubschemas` (the keyword table every walker shares), then this node's own keywords: OpenAPI 3.0 idioms
 * become 2020-12 (`nullable` -> a `null` type or `anyOf`, boolean `exclusiveMinimum/Maximum` -> numbers,
 * `type: file` -> binary string, array `items` -> `prefixItems`), and hidden properties leave.
 */
export function convertSchemaNode(state: SchemaConversionState, node: unknown, pointer: string, context: SchemaContext): JsonSchema {
  if (typeof node === 'boolean') return (node ? {} : { not: {} }) as JsonSchema;
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return {};
  const record = node as Record<string, unknown>;
  if (typeof record.$ref === 'string') return convertRefWithSiblings(state, record, pointer, context);
  const { kept, removed } = keptKeywords(state, record, context);
  const converted = mapSubschemas(kept, (child, position) =>
    convertSchemaNode(state, child, subschemaPointer(pointer, position), context),
  );
  const out: JsonSchema = {};
  for (const key of Object.keys(converted)) {
    let value = converted[key];
    if (value === record[key] && value !== null && typeof value === 'object' && subschemaKeywords.has(key)) {
      value = Array.isArray(value) ? [...value] : { ...value }; // an empty list or map: never share the document's
    }
    if (key === 'items' && Array.isArray(value)) {
      out.prefixItems = value;
    } else if ((key === 'exclusiveMinimum' || key === 'exclusiveMaximum') && typeof value === 'boolean') {
      const bound = record[key === 'exclusiveMinimum' ? 'minimum' : 'maximum'];
      if (value && typeof bound === 'number') out[key] = bound;
    } else if (key === 'description' && typeof value === 'string') {
      out.description = state.describe(value);
    } else if (key === 'type' && value === 'file') {
      out.type = 'string';
      out.format = 'binary';
    } else if ((key === 'additionalProperties' || key === 'unevaluatedProperties') && record[key] === false) {
      out[key] = false; // `false` as the spec says: `{ not: {} }` means the same but strict modes refuse `not`
    } else {
      out[key] = value;
    }
  }
  if (record.exclusiveMinimum === true && typeof out.exclusiveMinimum === 'number') delete out.minimum;
  if (record.exclusiveMaximum === true && typeof out.exclusiveMaximum === 'number') delete out.maximum;
  if (removed && Array.isArray(out.required)) {
    const left = out.required.filter((name) => !removed.has(name));
    if (left.length > 0) out.required = left;
    else delete out.required;
  }
  if (context.direction === 'input') {
    repairSchemaNode({ node: out, pointer, report: state.report });
    safeIntegerBounds(out);
  }
  const shaped = context.direction === 'input' && isFileString(out) ? fileInputSchema(out) : out;
  return record.nullable === true ? makeNullable(shaped) : shaped;
}

/**
 * The node's keywords that survive, subschema values normalised for `mapSubschemas`: dropped and `x-` keywords
 * and hidden properties leave; a one-schema keyword whose value is not an object or boolean leaves (an array
 * one other than `items` becomes `{}`); an array where a map of schemas belongs is read as an object.
 */
function keptKeywords(
  state: SchemaConversionState,
  record: Record<string, unknown>,
  context: SchemaContext,
): { kept: Record<string, unknown>; removed: Set<string> | undefined } {
  const kept: Record<string, unknown> = {};
  let removed: Set<string> | undefined;
  for (const key of Object.keys(record)) {
    const value = record[key];
    if (dropped.has(key) || key.startsWith('x-') || value === undefined) continue;
    const kind = subschemaKeywords.get(key);
    if (kind === 'single') {
      if (key === 'items' && Array.isArray(value)) kept[key] = value;
      else if (typeof value === 'object' || typeof value === 'boolean') kept[key] = Array.isArray(value) ? null : value;
    } else if (kind === 'map' && value !== null && typeof value === 'object') {
      const entries = Object.entries(value as Record<string, unknown>);
      const shown = key !== 'properties'
        ? entries
        : entries.filter(([name, property]) => {
            const hidden = isHiddenProperty({ document: state.document, property, direction: context.direction });
            if (hidden) (removed ??= new Set()).add(name);
            return !hidden;
          });
      kept[key] = Object.fromEntries(shown);
    } else {
      kept[key] = value;
    }
  }
  return { kept, removed };
}

/** A `$ref`, with its siblings: annotations kept beside it, constraints joined to it with `allOf`. */
function convertRefWithSiblings(
  state: SchemaConversionState,
  record: Record<string, unknown>,
  pointer: string,
  context: SchemaContext,
): JsonSchema {
  const target = convertSchemaRef(state, record.$ref as string, `${pointer}/$ref`, context);
  const siblings = Object.keys(record).filter((key) => key !== '$ref' && !key.startsWith('x-'));
  if (siblings.length === 0) return target;
  let out = target;
  const annotations: JsonSchema = {};
  for (const key of siblings) {
    const value = record[key];
    if (key === 'description' && typeof value === 'string') annotations.description = state.describe(value);
    else if (key === 'title' || key === 'default') annotations[key] = value;
  }
  if (Object.keys(annotations).length > 0) out = { ...out, ...annotations };
  const constraints = siblings.filter((key) => !dropped.has(key) && key !== 'description' && key !== 'title' && key !== 'default');
  if (constraints.length > 0) {
    const rest = Object.fromEntries(constraints.map((key) => [key, record[key]]));
    out = { allOf: [target, convertSchemaNode(state, rest, pointer, context)], ...annotations };
  }
  return record.nullable === true ? makeNullable(out) : out;
}

/**
 * A local `$ref`: inlined (converted once per document and direction) unless recursive. A ref whose own
 * expansion reaches it again is recursive: from then on it is emitted as `{ $ref: '#/$defs/<Name>' }`. In
 * output schemas, a ref to a schema with structure (object, array, composition) is always emitted that way.
 */
export function convertSchemaRef(state: SchemaConversionState, ref: string, pointer: string, context: SchemaContext): JsonSchema {
  if (!ref.startsWith('#')) {
    throw new SpecError({
      message: `The $ref '${ref}' points to another file, which only file and URL specs can follow`,
      pointer,
      source: state.source,
    });
  }
  if (state.stack.includes(ref)) state.recursive.add(ref);
  if (state.recursive.has(ref)) return refTo(state, ref, context);
  // Output schemas keep every shared schema with structure as a `$ref` into the tool's `$defs` (inlined, Stripe's
  // reached 408 M characters); `collectDefs` converts each once. Input schemas inline them, as models read them.
  if (context.direction === 'output' && !isLeafSchema(readPointer(state.document, ref))) return refTo(state, ref, context);
  const key = `${context.direction}:${ref}`;
  const cached = state.inlineCache.get(key);
  if (cached) {
    for (const use of cached.uses) context.uses.add(use);
    return cached.schema;
  }
  const target = readPointer(state.document, ref);
  if (target === undefined) {
    throw new SpecError({ message: `The $ref '${ref}' points to nothing`, pointer, source: state.source, ref });
  }
  const entry = convertRefBody(state, ref, target, context);
  if (state.recursive.has(ref)) {
    state.defCache.set(key, entry);
    return refTo(state, ref, context);
  }
  state.inlineCache.set(key, entry);
  for (const use of entry.uses) context.uses.add(use);
  return entry.schema;
}

/** Converts what `ref` points at, with `ref` on the stack (so meeting it again marks it recursive). */
export function convertRefBody(
  state: SchemaConversionState,
  ref: string,
  target: unknown,
  context: SchemaContext,
): { schema: JsonSchema; uses: Set<string> } {
  const inner: SchemaContext = { direction: context.direction, uses: new Set() };
  state.stack.push(ref);
  try {
    return { schema: convertSchemaNode(state, target, ref.slice(1), inner), uses: inner.uses };
  } finally {
    state.stack.pop();
  }
}

/** True for a schema without subschemas (a string, a number, an enum …): cheaper inlined than referenced. */
function isLeafSchema(node: unknown): boolean {
  if (node === null || typeof node !== 'object') return true;
  const record = node as Record<string, unknown>;
  return !['$ref', 'properties', 'items', 'allOf', 'anyOf', 'oneOf', 'additionalProperties', 'prefixItems', 'not', 'patternProperties'].some(
    (key) => record[key] !== undefined && typeof record[key] !== 'boolean',
  );
}

function refTo(state: SchemaConversionState, ref: string, context: SchemaContext): JsonSchema {
  context.uses.add(ref);
  return { $ref: `#/$defs/${state.nameOf(ref)}` };
}
