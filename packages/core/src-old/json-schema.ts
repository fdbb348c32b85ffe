/** The JSON Schema (2020-12) shape apiwire reads and writes: a plain object, loosely typed. */
export type JsonSchema = {
  [keyword: string]: unknown;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  description?: string;
};
