/** Lists a spec's operations and their declared parameters, straight from the document, for counting losses. */
import { readPointer } from '../../packages/core/src/load/json-pointer';

/** One operation of the document and the parameters it declares (path-level ones merged, refs followed). */
export interface CountedOperation {
  method: string;
  path: string;
  operationId?: string;
  parameters: Array<{ in: string; name: string }>;
}

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Every operation under `paths` with its path, query, header and cookie parameters (Swagger 2.0 body/formData excluded). */
export function specOperations(document: Record<string, unknown>): CountedOperation[] {
  const resolve = (node: unknown): Record<string, unknown> | undefined => {
    let current = node;
    for (let depth = 0; depth < 16; depth++) {
      if (current === null || typeof current !== 'object') return undefined;
      const ref = (current as { $ref?: unknown }).$ref;
      if (typeof ref !== 'string') return current as Record<string, unknown>;
      if (!ref.startsWith('#/')) return undefined;
      current = readPointer(document, ref);
    }
    return undefined;
  };
  const out: CountedOperation[] = [];
  const paths = (document.paths ?? {}) as Record<string, unknown>;
  for (const [path, rawItem] of Object.entries(paths)) {
    const item = resolve(rawItem);
    if (!item) continue;
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const [key, rawOperation] of Object.entries(item)) {
      if (!methods.includes(key.toLowerCase())) continue;
      const operation = rawOperation as Record<string, unknown>;
      const own = operation !== null && typeof operation === 'object' && Array.isArray(operation.parameters) ? operation.parameters : [];
      const merged = new Map<string, { in: string; name: string }>();
      for (const entry of [...shared, ...own]) {
        const parameter = resolve(entry);
        if (!parameter || typeof parameter.name !== 'string' || typeof parameter.in !== 'string') continue;
        if (!['path', 'query', 'header', 'cookie'].includes(parameter.in)) continue;
        merged.set(`${parameter.in}:${parameter.name}`, { in: parameter.in, name: parameter.name });
      }
      out.push({
        method: key.toUpperCase(),
        path,
        operationId: typeof operation?.operationId === 'string' ? operation.operationId : undefined,
        parameters: [...merged.values()],
      });
    }
  }
  return out;
}

/** Headers a tool sets itself and never asks the model for. */
export function isTransportHeader(parameter: { in: string; name: string }): boolean {
  return parameter.in === 'header' && ['content-type', 'accept', 'authorization'].includes(parameter.name.toLowerCase());
}
