/** Counts what Anthropic caps per request across strict tools: optional and union-typed parameters. */
import type { JsonSchema } from '../../json-schema';
import { visitJsonSchema } from '../visit-json-schema';

/** Optional properties and union-typed schemas (`anyOf` or a list of types) at any depth, `$defs` included. */
export function countStrictParameters(schema: JsonSchema): { optional: number; unions: number } {
  let optional = 0;
  let unions = 0;
  visitJsonSchema(schema, (node) => {
    if (Array.isArray(node.anyOf) || Array.isArray(node.type)) unions += 1;
    if (node.properties !== null && typeof node.properties === 'object') {
      const required = new Set(Array.isArray(node.required) ? node.required : []);
      optional += Object.keys(node.properties).filter((name) => !required.has(name)).length;
    }
  });
  return { optional, unions };
}
