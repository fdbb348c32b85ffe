/** Traces an error at a broken internal ref back to the external `$ref` that could not be bundled. */
import { SpecError } from '../spec-error';
import type { UnresolvedRef } from './bundle-external-refs';

/** The error of the unresolved external ref that `error` points into, or `error` itself. */
export function neededRefError(options: { error: unknown; unresolved: UnresolvedRef[] }): unknown {
  const { error } = options;
  const ref = SpecError.isInstance(error) ? error.ref : undefined;
  const unresolved = ref === undefined ? undefined : options.unresolved.find((entry) => ref === entry.ref || ref.startsWith(`${entry.ref}/`));
  return unresolved?.error ?? error;
}
