/** Whether a property leaves a schema for one direction: `readOnly` leaves the input, `writeOnly` the output. */
import { readPointer } from '../load/json-pointer';
import { resolveSchemaRef } from './resolve-schema-ref';
import type { SchemaDirection } from './schema-conversion-state';

/** True when the property (through its `$ref` chain, or one `allOf` member) carries the direction's flag. */
export function isHiddenProperty(options: { document: unknown; property: unknown; direction: SchemaDirection }): boolean {
  const { document } = options;
  const flag = options.direction === 'input' ? 'readOnly' : 'writeOnly';
  let node = options.property;
  for (let depth = 0; depth < 16 && node !== null && typeof node === 'object'; depth++) {
    const record = node as Record<string, unknown>;
    if (record[flag] === true) return true;
    if (Array.isArray(record.allOf) && record.allOf.some((member) => flagged({ document, member, flag }))) return true;
    if (typeof record.$ref !== 'string' || !record.$ref.startsWith('#')) return false;
    node = readPointer(document, record.$ref);
  }
  return false;
}

function flagged(options: { document: unknown; member: unknown; flag: string }): boolean {
  const node = resolveSchemaRef({ document: options.document, node: options.member });
  return node !== null && typeof node === 'object' && (node as Record<string, unknown>)[options.flag] === true;
}
