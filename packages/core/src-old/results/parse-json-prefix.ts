/** Reads the start of a JSON text that was cut off (at the response size cap) as a valid JSON value. */
import { Allow, parse } from 'partial-json';

/**
 * The value of the longest prefix of `text` that holds only whole values: open arrays and objects are closed, an
 * unfinished string, number or literal at the end is left out, and so is the last element of the outermost array
 * still open at the cut (it may be an item cut in the middle; when the cut fell right after it, one whole item is
 * dropped too, never a part of one shown as if whole). Undefined when not even a start of JSON is there.
 *
 * @example
 * ```ts
 * parseJsonPrefix('{"total":3,"items":[{"id":1},{"id":2,"na'); // { total: 3, items: [{ id: 1 }] }
 * ```
 */
export function parseJsonPrefix(text: string): unknown {
  let value: unknown;
  try {
    value = parse(text, Allow.ARR | Allow.OBJ);
  } catch {
    return undefined;
  }
  const open = outermostOpenArray(value);
  if (open && open.length > 0 && isContainer(open.at(-1))) open.pop();
  return value;
}

/** The first array on the path of last elements (where the cut is), from the top. */
function outermostOpenArray(value: unknown): unknown[] | undefined {
  let current = value;
  for (;;) {
    if (Array.isArray(current)) return current;
    if (!isContainer(current)) return undefined;
    const keys = Object.keys(current as Record<string, unknown>);
    if (keys.length === 0) return undefined;
    current = (current as Record<string, unknown>)[keys[keys.length - 1]];
  }
}

function isContainer(value: unknown): value is object {
  return value !== null && typeof value === 'object';
}
