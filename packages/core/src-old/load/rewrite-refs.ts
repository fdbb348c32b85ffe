/** Walks a document and replaces every schema `$ref` string with what a callback makes of it. */
import { toPointer } from './json-pointer';

/** Keys whose values are data, not schema: a `$ref` inside them is text, never followed. */
const dataKeys = new Set(['example', 'examples', 'default', 'enum', 'const', 'value']);

/** Rewrites, in place, each `$ref` under `document` (each object once), skipping data keys such as `example`. */
export function rewriteRefs(options: {
  document: unknown;
  /** The path of `document` in the root document, for the pointers handed to `rewrite`. */
  path: string[];
  rewrite: (input: { ref: string; pointer: string }) => string;
}): void {
  const seen = new WeakSet<object>();
  const stack: Array<{ node: unknown; path: string[] }> = [{ node: options.document, path: options.path }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (node === null || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    const record = node as Record<string, unknown>;
    const ref = record.$ref;
    if (typeof ref === 'string') {
      record.$ref = options.rewrite({ ref, pointer: toPointer(path) });
    }
    for (const [key, value] of Object.entries(record)) {
      if (value === null || typeof value !== 'object' || dataKeys.has(key)) continue;
      stack.push({ node: value, path: [...path, key] });
    }
  }
}
