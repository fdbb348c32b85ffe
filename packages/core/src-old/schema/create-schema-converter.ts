/** Converts OpenAPI schemas into self-contained JSON Schema 2020-12, one tool at a time, with a minimal `$defs`. */
import type { JsonSchema } from '../json-schema';
import { collectDefs } from './collect-defs';
import { convertSchemaNode } from './convert-schema-node';
import { resolveSchemaRef } from './resolve-schema-ref';
import type { SchemaRepair } from './repair-schema-node';
import { createSchemaConversionState, type SchemaContext, type SchemaDirection } from './schema-conversion-state';

export type { SchemaContext, SchemaDirection } from './schema-conversion-state';

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
  /** The load-time repairs of input schemas (see `repairSchemaNode`) made since the last call; each spec location once. */
  takeRepairs(): SchemaRepair[];
}

/**
 * Input refs are inlined unless recursive. A ref is recursive when its own expansion reaches it again (a cycle);
 * from then on, for the whole document, it is emitted as `{ $ref: '#/$defs/<Name>' }` and each tool's `$defs`
 * holds only the recursive refs that tool reaches. Output refs to schemas with structure are always `$ref`s. The parts: `convertSchemaNode` (one node, through the shared
 * schema walk `mapSubschemas`), `convertSchemaRef`, `collectDefs`, `isHiddenProperty`, `makeNullable`.
 */
export function createSchemaConverter(options: {
  document: unknown;
  source: string;
  maxDescriptionLength?: number;
}): SchemaConverter {
  const state = createSchemaConversionState(options);
  return {
    context: (direction) => ({ direction, uses: new Set() }),
    convert: ({ schema, pointer, context }) => convertSchemaNode(state, schema, pointer, context),
    convertExpanded({ schema, pointer, context }) {
      const converted = convertSchemaNode(state, schema, pointer, context);
      const ref = (schema as { $ref?: unknown } | null)?.$ref;
      if (typeof converted.$ref !== 'string' || typeof ref !== 'string' || Object.keys(converted).length !== 1) return converted;
      return state.defCache.get(`${context.direction}:${ref}`)?.schema ?? converted;
    },
    resolve: (node) => resolveSchemaRef({ document: options.document, node }),
    describe: (text) => state.describe(text),
    collectDefs: (context) => collectDefs(state, context),
    takeRepairs: () => state.takeRepairs(),
  };
}
