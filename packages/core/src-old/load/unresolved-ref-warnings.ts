/** Turns the external refs that could not be bundled into server warnings, or an error when an operation needs one. */
import type { ServerWarning } from '../api-server';
import type { UnresolvedRef } from './bundle-external-refs';
import { unusedBrokenRefs } from './unused-broken-refs';

/** Warnings for unresolved refs outside operations and for unused broken refs; throws for one inside an operation. */
export function unresolvedRefWarnings(options: { document: Record<string, unknown>; unresolved: UnresolvedRef[] }): ServerWarning[] {
  const warnings: ServerWarning[] = [];
  for (const entry of options.unresolved) {
    // Inside `paths` (an operation or a path item, not an extension): an error, as for any broken ref an operation has.
    if (/^\/paths\/(?!x-)[^/]+\/(?!x-)/.test(entry.error.pointer)) throw entry.error;
    warnings.push({ pointer: entry.error.pointer, message: `${entry.reason}; no operation uses it, so the spec loads without it` });
  }
  warnings.push(...unusedBrokenRefs({ document: options.document, known: options.unresolved.map((entry) => entry.ref) }));
  return warnings;
}
