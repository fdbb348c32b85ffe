/** Turns a `ToolResult` into the text of a LangChain tool message: the data on success, a readable error otherwise. */
import type { ToolResult } from '@apiwire/core';
import { isBinaryData } from '@apiwire/core';

/** The text the model reads for one apiwire result (JSON for data and errors, plain text for text bodies). */
export function toolResultContent(result: ToolResult): string {
  if (result.ok) {
    const { data, status, truncated } = result;
    if (data == null || data === '') {
      return `HTTP ${status}: the operation succeeded with no response body.`;
    }
    if (isBinaryData(data)) {
      return `HTTP ${status}: binary response (${data.contentType}, ${data.size} bytes), not shown.`;
    }
    const text = typeof data === 'string' ? data : stringify(data);
    return truncated ? `HTTP ${status} (response cut at the size limit):\n${text}` : text;
  }
  const { error } = result;
  const value: Record<string, unknown> = { error: error.kind, message: error.message };
  if (result.status != null) value.status = result.status;
  if (error.issues != null && error.issues.length > 0) {
    value.issues = error.issues.map((issue) => `${issue.path === '' ? '(input)' : issue.path}: ${issue.message}`);
  }
  if (error.body !== undefined) value.body = error.body;
  return stringify(value);
}

function stringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
