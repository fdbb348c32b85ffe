/** Builds what an `approve` hook is asked about when the adapter, not the invoker, consults it. */
import type { ApprovalRequest, ToolDescriptor } from '@apiwire/core';

/**
 * The hook's view of one call: the tool, the model's arguments, and the request line with path parameters
 * filled in (`POST /refunds`, `DELETE /customers/cus_1`). The adapter does not build the full URL: the base URL
 * and the query string are the invoker's business, so `url` is the path.
 */
export function approvalRequestFor(options: { tool: ToolDescriptor; input: unknown }): ApprovalRequest {
  const input =
    options.input != null && typeof options.input === 'object' && !Array.isArray(options.input)
      ? (options.input as Record<string, unknown>)
      : {};
  const url = options.tool.operation.path.replace(/\{([^}]+)\}/g, (placeholder, name: string) => {
    const value = input[name];
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? encodeURIComponent(String(value))
      : placeholder;
  });
  return { tool: options.tool, input, request: { method: options.tool.operation.method, url } };
}
