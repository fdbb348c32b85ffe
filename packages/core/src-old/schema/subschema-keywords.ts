/** The one table of JSON Schema keywords that hold subschemas, for every walker of schemas in apiwire. */

/** Where a keyword keeps its subschemas: one schema, a list of schemas, or a map of named schemas. */
export type SubschemaKind = 'single' | 'list' | 'map';

/**
 * Every keyword (2020-12, plus `definitions`, `additionalItems` and array `items` of older drafts) whose value
 * is a subschema, a list or a map of them. `properties` is a map: its keys are property names, not keywords.
 */
export const subschemaKeywords: ReadonlyMap<string, SubschemaKind> = new Map<string, SubschemaKind>([
  ...[
    'items', 'additionalProperties', 'not', 'propertyNames', 'contains', 'if', 'then', 'else',
    'unevaluatedProperties', 'unevaluatedItems', 'additionalItems', 'contentSchema',
  ].map((keyword) => [keyword, 'single'] as const),
  ...['allOf', 'anyOf', 'oneOf', 'prefixItems'].map((keyword) => [keyword, 'list'] as const),
  ...['properties', 'patternProperties', 'dependentSchemas', '$defs', 'definitions'].map((keyword) => [keyword, 'map'] as const),
]);
