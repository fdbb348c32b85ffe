/** Builds what an `approve` hook is asked about when the adapter, not the invoker, consults it. */
import type { ApprovalRequest, ToolDescriptor } from '@apiwire/core';

/**
 * The hook's view of one call: the tool, the model's arguments, and the request line with path parameters
 * filled in (`POST https://billing.example/v1/refunds`). The query string is left out (serialising it is the
 * invoker's business), and so is the base URL when the tools came from a catalog, which does not know it.
 */
export function approvalRequestFor(options: { tool: ToolDescriptor; input: unknown; baseUrl?: string }): ApprovalRequest {
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
  const base = (options.baseUrl ?? '').replace(/\/+$/, '');
  return { tool: options.tool, input, request: { method: options.tool.operation.method, url: `${base}${url}` } };
}
