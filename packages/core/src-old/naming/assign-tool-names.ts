/** Names every operation of one server: prefixed, provider-safe, unique, the same for the same spec. */
import { fitToolName, maxToolNameLength } from './fit-tool-name';
import { operationBaseName } from './operation-base-name';

/** The name and dotted id of one tool. */
export interface AssignedToolName {
  /** `billing_create_invoice` */
  name: string;
  /** `billing.create_invoice` */
  id: string;
}

/**
 * Assigns `name` (`<server>_<base>`) and `id` (`<server>.<base>`) to each operation, in order. A base name that
 * is already taken gets `_2`, `_3`, … (first come, first served, in spec order), and every name is fitted to
 * 64 characters, so the same operations in the same order always get the same names.
 */
export function assignToolNames(options: {
  server: string;
  operations: Array<{ operationId?: string; method: string; path: string }>;
}): AssignedToolName[] {
  const prefix = fitToolName({ name: options.server, maxLength: 24 });
  const taken = new Set<string>();
  return options.operations.map((operation) => {
    const base = operationBaseName(operation);
    const room = maxToolNameLength - prefix.length - 1;
    let candidate = fitToolName({ name: base, maxLength: room });
    for (let counter = 2; taken.has(candidate); counter++) {
      const suffix = `_${counter}`;
      candidate = `${fitToolName({ name: base, maxLength: room - suffix.length })}${suffix}`;
    }
    taken.add(candidate);
    return { name: `${prefix}_${candidate}`, id: `${prefix}.${candidate}` };
  });
}
