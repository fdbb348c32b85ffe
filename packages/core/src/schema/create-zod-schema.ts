/** Builds the zod 4 schema of a tool's input from its JSON Schema. */
import { z, type ZodType } from 'zod';
import type { JsonSchema } from '../json-schema';

/** A zod schema accepting what `schema` accepts and rejecting what it rejects (z.fromJSONSchema, 2020-12). */
export function createZodSchema(schema: JsonSchema): ZodType {
  return z.fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0], { defaultTarget: 'draft-2020-12' });
}
