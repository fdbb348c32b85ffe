/** Applies include/exclude, requireApproval and defer to a server's descriptors. */
import type { ServerWarning } from '../api-server';
import type { OperationsOptions } from '../load-api-server-options';
import type { ToolDescriptor } from '../tool-descriptor';

/** Filters descriptors and sets their `requiresApproval` and `deferred` flags (mutating them). */
export function applyOperationPolicies(options: {
  tools: ToolDescriptor[];
  operations: OperationsOptions | undefined;
}): { tools: ToolDescriptor[]; warnings: ServerWarning[] } {
  return { tools: options.tools, warnings: [] };
}
