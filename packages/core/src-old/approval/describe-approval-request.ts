/** What an `approve` hook (or a reviewer) is shown about one call before the invoker has built the request. */
import type { ApprovalRequest } from '../load-api-server-options';
import type { ToolDescriptor } from '../tool-descriptor';

/**
 * The hook's view of one call: the tool, the model's arguments (an object; anything else becomes `{}`), and
 * the request line with path parameters filled in (`POST https://billing.example/v1/refunds/re_1`). The query
 * string is left out (serialising it is the invoker's business), and so is the base URL when it is unknown
 * (tools from a bare catalog). The invoker's own gate shows the full masked URL instead.
 */
export function describeApprovalRequest(options: { tool: ToolDescriptor; input: unknown; baseUrl?: string }): ApprovalRequest {
  const { tool } = options;
  const input =
    options.input != null && typeof options.input === 'object' && !Array.isArray(options.input)
      ? (options.input as Record<string, unknown>)
      : {};
  const path = tool.operation.path.replace(/\{([^}]+)\}/g, (placeholder, name: string) => {
    const value = input[name];
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? encodeURIComponent(String(value))
      : placeholder;
  });
  const base = (options.baseUrl ?? '').replace(/\/+$/, '');
  return { tool, input, request: { method: tool.operation.method, url: `${base}${path}` } };
}
