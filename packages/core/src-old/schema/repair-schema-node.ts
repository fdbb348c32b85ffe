/** Load-time repairs of one converted input schema node, so every provider accepts it as JSON Schema. */
import type { JsonSchema } from '../json-schema';
import { repairPattern } from './repair-pattern';

/** One repair: the spec location and what was done. */
export interface SchemaRepair {
  pointer: string;
  message: string;
}

const dynamicKeywords = ['$recursiveAnchor', '$recursiveRef', '$dynamicAnchor', '$dynamicRef'];

/**
 * Repairs `node` in place (a node the converter just built, shared by nobody yet) and reports each change:
 * - a `pattern` JavaScript's unicode mode refuses is rewritten (see `repairPattern`) or, when it cannot be,
 *   dropped and quoted in the description;
 * - an `enum` that is not a non-empty array is dropped (nothing could ever match it);
 * - an array without `items` gets `items: {}` (OpenAI refuses arrays without it);
 * - 2019-09 dynamic keywords (`$recursiveAnchor`, `$recursiveRef`, `$dynamic*`), which no provider reads, are dropped;
 * - a `required` name missing from `properties` gets an any-value property (what JSON Schema means by it).
 */
export function repairSchemaNode(options: { node: JsonSchema; pointer: string; report: (repair: SchemaRepair) => void }): void {
  const { node, pointer, report } = options;
  if (typeof node.pattern === 'string') {
    const repaired = repairPattern(node.pattern);
    if (repaired === undefined) {
      report({ pointer: `${pointer}/pattern`, message: `The pattern ${JSON.stringify(node.pattern)} is not a valid JavaScript (unicode mode) regular expression; it was dropped and is quoted in the description` });
      node.description = [node.description, `Must match the pattern ${node.pattern} (not checked).`].filter(Boolean).join(' ');
      delete node.pattern;
    } else if (repaired !== node.pattern) {
      report({ pointer: `${pointer}/pattern`, message: `The pattern ${JSON.stringify(node.pattern)} is not valid in JavaScript's unicode mode; it reads ${JSON.stringify(repaired)}` });
      node.pattern = repaired;
    }
  }
  if ('enum' in node && (!Array.isArray(node.enum) || node.enum.length === 0)) {
    report({ pointer: `${pointer}/enum`, message: 'An enum with no values matches nothing; it was dropped' });
    delete node.enum;
  }
  const types = Array.isArray(node.type) ? node.type : [node.type];
  if (types.includes('array') && node.items === undefined && node.prefixItems === undefined) {
    report({ pointer, message: 'An array schema without items now says items: {} (any item)' });
    node.items = {};
  }
  for (const keyword of dynamicKeywords) {
    if (!(keyword in node)) continue;
    report({ pointer: `${pointer}/${keyword}`, message: `${keyword} is not read by JSON Schema 2020-12 tools; it was dropped` });
    delete node[keyword];
  }
  // a branch of anyOf/oneOf/allOf may require what its parent defines: only a genuine object is repaired
  const branch = /\/(anyOf|oneOf|allOf)\/\d+$/.test(pointer);
  if (!branch && Array.isArray(node.required) && (node.properties !== undefined || types.includes('object'))) {
    const properties = (node.properties ?? {}) as Record<string, JsonSchema>;
    const missing = node.required.filter((name) => typeof name === 'string' && !Object.hasOwn(properties, name));
    if (missing.length > 0) {
      if (node.properties !== undefined) {
        report({ pointer: `${pointer}/required`, message: `required names ${missing.join(', ')}, which properties lacks; each is now a property taking any value` });
      }
      node.properties = { ...properties, ...Object.fromEntries(missing.map((name) => [name, {}])) };
    }
  }
}
