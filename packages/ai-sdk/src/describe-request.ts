/** A readable summary of the request an approval-gated call would send, for an `approve` hook. */
import type { ToolDescriptor, ToolRequestSummary } from '@apiwire/core';

/** `{ method, url }` with path parameters filled in from the input (no query, no credentials). */
export function describeRequest(options: {
  descriptor: ToolDescriptor;
  input: Record<string, unknown>;
  baseUrl?: string;
}): ToolRequestSummary {
  const { descriptor, input } = options;
  const path = descriptor.operation.path.replace(/\{([^}]+)\}/g, (placeholder, name: string) => {
    const value = input[name];
    return value == null || typeof value === 'object' ? placeholder : encodeURIComponent(String(value));
  });
  const base = (options.baseUrl ?? '').replace(/\/+$/, '');
  return { method: descriptor.operation.method, url: `${base}${path}` };
}
