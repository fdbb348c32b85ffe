/** One step of every schema walk: a node with each of its direct subschemas replaced. */
import { escapePointerSegment } from '../load/json-pointer';
import { subschemaKeywords } from './subschema-keywords';

/** Where a subschema sits in its parent: the keyword, and the index (list) or name (map) under it. */
export interface SubschemaPosition {
  keyword: string;
  key?: string | number;
}

/**
 * `node` with every direct subschema replaced by `map(subschema, position)`; the same object when `map`
 * returned every subschema unchanged (so unchanged trees stay shared), else a shallow copy in the same key
 * order. A `single` keyword's value is passed whatever it is (an array `items` is a list); a list must be an
 * array and a map a plain object, anything else is left alone.
 */
export function mapSubschemas<Node extends object>(
  node: Node,
  map: (subschema: unknown, position: SubschemaPosition) => unknown,
): Node {
  let copy: Record<string, unknown> | undefined;
  for (const keyword in node) {
    const kind = subschemaKeywords.get(keyword);
    if (kind === undefined) continue;
    const value = (node as Record<string, unknown>)[keyword];
    let mapped: unknown = value;
    if (Array.isArray(value)) {
      if (kind !== 'map') mapped = mapList(value, (item, index) => map(item, { keyword, key: index }));
    } else if (kind === 'single') {
      mapped = map(value, { keyword });
    } else if (kind === 'map' && value !== null && typeof value === 'object') {
      mapped = mapRecord(value as Record<string, unknown>, (item, name) => map(item, { keyword, key: name }));
    }
    if (mapped !== value) (copy ??= { ...(node as Record<string, unknown>) })[keyword] = mapped;
  }
  return (copy as Node | undefined) ?? node;
}

/** The JSON pointer of a subschema, from its parent's pointer and its position. */
export function subschemaPointer(pointer: string, position: SubschemaPosition): string {
  const base = `${pointer}/${escapePointerSegment(position.keyword)}`;
  return position.key === undefined ? base : `${base}/${escapePointerSegment(String(position.key))}`;
}

function mapList(list: unknown[], map: (item: unknown, index: number) => unknown): unknown[] {
  let copy: unknown[] | undefined;
  for (let index = 0; index < list.length; index++) {
    const mapped = map(list[index], index);
    if (mapped !== list[index]) (copy ??= [...list])[index] = mapped;
  }
  return copy ?? list;
}

function mapRecord(record: Record<string, unknown>, map: (item: unknown, name: string) => unknown): Record<string, unknown> {
  let copy: Record<string, unknown> | undefined;
  for (const name in record) {
    const mapped = map(record[name], name);
    if (mapped !== record[name]) {
      copy ??= { ...record };
      // defineProperty: a property named `__proto__` stays an own key
      Object.defineProperty(copy, name, { value: mapped, enumerable: true, writable: true, configurable: true });
    }
  }
  return copy ?? record;
}
