/** Keeps only the fields a model asked for (dotted paths) in a JSON body or in each item of its main list. */
import { findMainList } from './find-main-list';
import { replaceAtPath } from './replace-at-path';

interface PathTree {
  [key: string]: PathTree | true;
}

/** The selected value and the paths that matched nothing. */
export interface SelectedFields {
  value: unknown;
  missing: string[];
}

/**
 * A copy of `value` with only the fields at `paths` (`"title"`, `"user.login"`; arrays are passed through, so
 * `"labels.name"` keeps every label's name). Paths whose first key is a top-level field apply to the whole body;
 * the others apply to each item of its main list (see findMainList), whose other top-level fields are dropped
 * unless selected. `missing` lists the paths that matched nothing.
 */
export function selectFields(options: { value: unknown; paths: readonly string[] }): SelectedFields {
  const { value } = options;
  const paths = options.paths.map((path) => path.trim()).filter((path) => path !== '');
  const list = findMainList(value);
  const top = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  const rootPaths = top ? paths.filter((path) => path.split('.')[0] in top) : [];
  const itemPaths = list ? paths.filter((path) => !rootPaths.includes(path)) : [];
  const found = new Set<string>();
  let selected: unknown = rootPaths.length > 0 || !list ? pick({ value, tree: treeOf(rootPaths.length > 0 ? rootPaths : paths), found, prefix: '' }) : {};
  if (list && itemPaths.length > 0) {
    const tree = treeOf(itemPaths);
    const items = list.items.map((item) => pick({ value: item, tree, found, prefix: '' }));
    selected = list.path.length === 0 ? items : replaceAtPath({ value: selected ?? {}, path: list.path, items });
  }
  return { value: selected, missing: paths.filter((path) => !found.has(path)) };
}

function treeOf(paths: readonly string[]): PathTree {
  const tree: PathTree = {};
  for (const path of paths) {
    let node = tree;
    const keys = path.split('.');
    keys.forEach((key, index) => {
      if (index === keys.length - 1) node[key] = true;
      else {
        const next = node[key];
        if (next === true) return;
        node = node[key] = next ?? {};
      }
    });
  }
  return tree;
}

function pick(options: { value: unknown; tree: PathTree; found: Set<string>; prefix: string }): unknown {
  const { value, tree, found, prefix } = options;
  if (Array.isArray(value)) return value.map((item) => pick({ value: item, tree, found, prefix }));
  if (value === null || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, branch] of Object.entries(tree)) {
    if (!(key in record)) continue;
    const path = `${prefix}${key}`;
    if (branch === true) {
      out[key] = record[key];
      found.add(path);
    } else {
      const inner = pick({ value: record[key], tree: branch, found, prefix: `${path}.` });
      if (inner !== undefined) out[key] = inner;
    }
  }
  return out;
}
