/** Lists every operation of a document in spec order, with path-level parameters merged and refs resolved. */
import type { ServerWarning } from '../api-server';
import type { HttpMethod } from '../tool-descriptor';
import type { OperationParameter } from '../schema/operation-parameter';
import { SpecError } from '../spec-error';
import { escapePointerSegment, readPointer } from './json-pointer';

/** One operation as found in the document. */
export interface SpecOperation {
  method: HttpMethod;
  path: string;
  /** `/paths/~1pets/get` */
  pointer: string;
  operation: Record<string, unknown>;
  pathItem: Record<string, unknown>;
  parameters: OperationParameter[];
}

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * Operations of `document.paths` in order. A `$ref`'d path item or parameter is followed; one that points
 * nowhere is a SpecError at the ref. Operation parameters override path-level ones of the same name and
 * location. Entries that cannot be read (a path item or operation that is not an object, a parameter without
 * name or location) are warnings that name the operation, never silent drops.
 */
export function collectOperations(options: { document: Record<string, unknown>; source: string }): {
  operations: SpecOperation[];
  warnings: ServerWarning[];
} {
  const { document, source } = options;
  const operations: SpecOperation[] = [];
  const warnings: ServerWarning[] = [];
  const follow = (node: unknown, pointer: string): { value: unknown; pointer: string } => {
    let current = node;
    let where = pointer;
    for (let depth = 0; depth < 32; depth++) {
      const ref = current !== null && typeof current === 'object' ? (current as { $ref?: unknown }).$ref : undefined;
      if (typeof ref !== 'string') return { value: current, pointer: where };
      if (!ref.startsWith('#')) {
        throw new SpecError({ message: `The $ref '${ref}' points to another file, which only file and URL specs can follow`, pointer: `${where}/$ref`, source });
      }
      const target = readPointer(document, ref);
      if (target === undefined) throw new SpecError({ message: `The $ref '${ref}' points to nothing`, pointer: `${where}/$ref`, source, ref });
      current = target;
      where = ref.slice(1);
    }
    throw new SpecError({ message: 'A $ref chain loops on itself', pointer: where, source });
  };
  const paths = (document.paths ?? {}) as Record<string, unknown>;
  for (const path of Object.keys(paths)) {
    if (path.startsWith('x-')) continue;
    const pathPointer = `/paths/${escapePointerSegment(path)}`;
    const { value: pathValue } = follow(paths[path], pathPointer);
    if (pathValue === null || typeof pathValue !== 'object' || Array.isArray(pathValue)) {
      warnings.push({ pointer: pathPointer, message: `Path item '${path}' is not an object; its operations (if any) are left out` });
      continue;
    }
    const pathItem = pathValue as Record<string, unknown>;
    const shared = readParameters({ list: pathItem.parameters, pointer: `${pathPointer}/parameters`, follow, warnings, operation: undefined });
    for (const key of Object.keys(pathItem)) {
      const method = key.toLowerCase() as (typeof methods)[number];
      if (!(methods as readonly string[]).includes(method)) continue;
      const label = `${method.toUpperCase()} ${path}`;
      // An operation may itself be a `$ref` (not in the spec, but common in split specs such as DigitalOcean's).
      const { value: operation, pointer } = follow(pathItem[key], `${pathPointer}/${escapePointerSegment(key)}`);
      if (operation === null || typeof operation !== 'object' || Array.isArray(operation)) {
        warnings.push({ pointer, operation: label, message: 'The operation is not an object and was left out' });
        continue;
      }
      const own = readParameters({ list: (operation as Record<string, unknown>).parameters, pointer: `${pointer}/parameters`, follow, warnings, operation: label });
      const merged = new Map<string, OperationParameter>();
      for (const entry of [...shared, ...own]) merged.set(`${String(entry.parameter.in)}:${String(entry.parameter.name)}`, entry);
      operations.push({
        method: method.toUpperCase() as HttpMethod,
        path,
        pointer,
        operation: operation as Record<string, unknown>,
        pathItem,
        parameters: [...merged.values()],
      });
    }
  }
  return { operations, warnings };
}

function readParameters(options: {
  list: unknown;
  pointer: string;
  follow: (node: unknown, pointer: string) => { value: unknown; pointer: string };
  warnings: ServerWarning[];
  operation: string | undefined;
}): OperationParameter[] {
  if (!Array.isArray(options.list)) return [];
  const out: OperationParameter[] = [];
  options.list.forEach((entry, index) => {
    const { value, pointer } = options.follow(entry, `${options.pointer}/${index}`);
    const parameter = value as Record<string, unknown> | null;
    if (parameter === null || typeof parameter !== 'object' || typeof parameter.name !== 'string' || typeof parameter.in !== 'string') {
      options.warnings.push({
        pointer,
        ...(options.operation ? { operation: options.operation } : {}),
        message: 'A parameter without a name or location was left out',
      });
      return;
    }
    out.push({ parameter, pointer });
  });
  return out;
}
