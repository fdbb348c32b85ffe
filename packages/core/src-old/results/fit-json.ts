/** Cuts a JSON value to fit a character budget, keeping it valid JSON: list items first, then long strings and arrays. */
import { findMainList, type MainList } from './find-main-list';
import { replaceAtPath } from './replace-at-path';
import { shrinkValue, type ShrinkCounts, type ShrinkLevel } from './shrink-value';

/** What `fitJson` cut. */
export interface JsonCut {
  /** The main list, when its items were cut: where it is, how many items are shown, how many there were. */
  list?: { path: string[]; shown: number; total: number };
  /** Strings and nested arrays shortened in place (each marked `…`). */
  shrunk: ShrinkCounts;
  /** Object fields left out at the top level (when nothing else was enough). */
  fields: number;
}

/** Levels tried in order; the first that shows enough of the main list wins. */
const levels: ShrinkLevel[] = [
  { strings: Infinity, arrays: Infinity },
  { strings: 2000, arrays: 50 },
  { strings: 600, arrays: 20 },
  { strings: 200, arrays: 10 },
  { strings: 80, arrays: 5 },
  { strings: 30, arrays: 2 },
];
/** Items of the main list worth shortening the others' strings for. */
const wantedItems = 3;

const size = (value: unknown): number => JSON.stringify(value).length;

/**
 * The value itself when its JSON fits `maxChars`; else a cut copy: the main list (see findMainList) keeps the
 * items that fit, in order, at the mildest level of shortening that still shows a few; a body without a list is
 * shortened level by level, then loses top-level fields from the end. `value` is undefined when not even that fits.
 */
export function fitJson(options: { value: unknown; maxChars: number }): { value: unknown; cut?: JsonCut } {
  const { value, maxChars } = options;
  if (size(value) <= maxChars) return { value };
  const list = findMainList(value);
  if (list && list.items.length > 0) {
    const fitted = fitList({ value, list, maxChars });
    if (fitted) return fitted;
  }
  for (const level of levels.slice(1)) {
    const shrunk: ShrinkCounts = { strings: 0, arrays: 0 };
    const candidate = shrinkValue({ value, level, counts: shrunk });
    if (size(candidate) <= maxChars) return { value: candidate, cut: { shrunk, fields: 0 } };
  }
  return dropFields({ value, maxChars });
}

function fitList(options: { value: unknown; list: MainList; maxChars: number }): { value: unknown; cut: JsonCut } | undefined {
  const { value, list, maxChars } = options;
  const total = list.items.length;
  let best: { level: ShrinkLevel; shown: number; frame: unknown } | undefined;
  for (const level of levels) {
    const frame = shrinkValue({ value: replaceAtPath({ value, path: list.path, items: [] }), level });
    let room = maxChars - size(frame);
    let shown = 0;
    for (const item of list.items) {
      const itemSize = size(shrinkValue({ value: item, level })) + (shown > 0 ? 1 : 0);
      if (itemSize > room) break;
      room -= itemSize;
      shown++;
    }
    if (room < 0) continue;
    if (!best || shown > best.shown) best = { level, shown, frame };
    if (shown >= Math.min(total, wantedItems)) break;
  }
  if (!best || best.shown === 0) return undefined;
  const shrunk: ShrinkCounts = { strings: 0, arrays: 0 };
  const items = list.items.slice(0, best.shown).map((item) => shrinkValue({ value: item, level: best!.level, counts: shrunk }));
  const framed = shrinkValue({ value: replaceAtPath({ value, path: list.path, items: [] }), level: best.level, counts: shrunk });
  return {
    value: replaceAtPath({ value: framed, path: list.path, items }),
    cut: { ...(best.shown < total ? { list: { path: list.path, shown: best.shown, total } } : {}), shrunk, fields: 0 },
  };
}

function dropFields(options: { value: unknown; maxChars: number }): { value: unknown; cut?: JsonCut } {
  const last = levels[levels.length - 1];
  const shrunk: ShrinkCounts = { strings: 0, arrays: 0 };
  const value = shrinkValue({ value: options.value, level: last, counts: shrunk });
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { value: undefined };
  const entries = Object.entries(value);
  const kept: Record<string, unknown> = {};
  let room = options.maxChars - 2;
  for (const [key, field] of entries) {
    const entrySize = size({ [key]: field }) - 2 + (Object.keys(kept).length > 0 ? 1 : 0);
    if (entrySize > room) break;
    kept[key] = field;
    room -= entrySize;
  }
  const fields = entries.length - Object.keys(kept).length;
  if (Object.keys(kept).length === 0) return { value: undefined };
  return { value: kept, cut: { shrunk, fields } };
}
