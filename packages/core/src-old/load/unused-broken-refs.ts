/** Finds local `$ref`s outside `paths` that point nowhere, so a loss in a part no operation needs is a warning. */
import type { ServerWarning } from '../api-server';
import { bundledKey } from './bundle-external-refs';
import { pointerSegments, toPointer } from './json-pointer';

/** Keys whose values are data, not schema: a `$ref` inside them is text. */
const dataKeys = new Set(['example', 'examples', 'default', 'enum', 'const', 'value']);

/**
 * One warning per local `$ref` outside `/paths` (components, webhooks, bundled files; vendor `x-` members and
 * example data skipped) whose target does not exist, following `$ref`s met along the target's pointer. Refs under
 * `/paths` are left to the operations that use them (a SpecError, or an output-schema warning). `known` lists ref
 * prefixes already reported (refused or unreadable external files).
 */
export function unusedBrokenRefs(options: { document: Record<string, unknown>; known: string[] }): ServerWarning[] {
  const warnings: ServerWarning[] = [];
  const stack: Array<{ node: unknown; path: string[] }> = Object.keys(options.document)
    .filter((key) => key !== 'paths' && (!key.startsWith('x-') || key === bundledKey))
    .map((key) => ({ node: options.document[key], path: [key] }));
  const seen = new WeakSet<object>();
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (node === null || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === 'string' && ref.startsWith('#') && !options.known.some((prefix) => ref === prefix || ref.startsWith(`${prefix}/`))) {
      if (resolveLocal(options.document, ref) === undefined) {
        warnings.push({ pointer: `${toPointer(path)}/$ref`, message: `The $ref '${ref}' points to nothing; no operation uses it, so the spec loads without it` });
      }
    }
    for (const [key, value] of Object.entries(node)) {
      if (value === null || typeof value !== 'object' || dataKeys.has(key) || key.startsWith('x-')) continue;
      stack.push({ node: value, path: [...path, key] });
    }
  }
  return warnings;
}

/** The value at a local ref, following `$ref`s met on the way (depth-limited); undefined when there is none. */
function resolveLocal(document: unknown, ref: string, depth = 0): unknown {
  let current: unknown = document;
  for (const segment of pointerSegments(ref)) {
    for (let hops = 0; current !== null && typeof current === 'object' && typeof (current as { $ref?: unknown }).$ref === 'string'; hops++) {
      const inner = (current as { $ref: string }).$ref;
      if (hops > 8 || depth > 8 || !inner.startsWith('#')) return undefined;
      current = resolveLocal(document, inner, depth + 1);
    }
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}
