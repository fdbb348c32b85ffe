/** Counts what Anthropic caps per request across strict tools: optional and union-typed parameters. */
import type { JsonSchema } from '../../json-schema';

/** Optional properties and union-typed schemas (`anyOf` or a list of types) at any depth, `$defs` included. */
export function countStrictParameters(schema: JsonSchema): { optional: number; unions: number } {
  let optional = 0;
  let unions = 0;
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    const current = node as JsonSchema;
    if (Array.isArray(current.anyOf) || Array.isArray(current.type)) unions += 1;
    if (current.properties !== null && typeof current.properties === 'object') {
      const required = new Set(Array.isArray(current.required) ? current.required : []);
      optional += Object.keys(current.properties).filter((name) => !required.has(name)).length;
    }
    for (const [keyword, value] of Object.entries(current)) {
      if (keyword === 'properties' || keyword === '$defs') for (const child of Object.values(value as object)) visit(child);
      else if (keyword !== 'enum' && keyword !== 'const' && keyword !== 'default') visit(value);
    }
  };
  visit(schema);
  return { optional, unions };
}
