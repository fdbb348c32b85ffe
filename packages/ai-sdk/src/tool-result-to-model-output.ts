/** Turns a `ToolResult` into the content the model reads: JSON, text, the SDK's denial, or an error it can act on. */
import type { ToolResult } from '@apiwire/core';
import { isBinaryData } from '@apiwire/core';
import type { JSONValue, Tool } from 'ai';

/** What a tool's `toModelOutput` returns: the AI SDK's tool result output (JSON, text, denial, error). */
export type ModelOutput = Awaited<ReturnType<NonNullable<Tool['toModelOutput']>>>;

/** Maps an apiwire result to AI SDK model output (`toModelOutput` of every apiwire tool). */
export function toolResultToModelOutput(result: ToolResult): ModelOutput {
  if (!isToolResult(result)) {
    return { type: 'json', value: toJsonValue(result) };
  }
  if (result.ok) {
    const { data, status, truncated } = result;
    if (data == null || data === '') {
      return { type: 'text', value: `HTTP ${status}: the operation succeeded with no response body.` };
    }
    if (isBinaryData(data)) {
      return {
        type: 'text',
        value: `HTTP ${status}: binary response (${data.contentType}, ${data.size} bytes), not shown.`,
      };
    }
    if (truncated) {
      const text = typeof data === 'string' ? data : JSON.stringify(data);
      return { type: 'text', value: `HTTP ${status} (response cut at the size limit):\n${text}` };
    }
    if (typeof data === 'string') {
      return { type: 'text', value: data };
    }
    return { type: 'json', value: toJsonValue(data) };
  }
  const { error } = result;
  if (error.kind === 'denied') {
    return { type: 'execution-denied', reason: error.message };
  }
  const value: Record<string, JSONValue> = { error: error.kind, message: error.message };
  if (result.status != null) value.status = result.status;
  if (error.issues != null && error.issues.length > 0) {
    value.issues = error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
  }
  if (error.body !== undefined) value.body = toJsonValue(error.body);
  return { type: 'error-json', value };
}

function isToolResult(value: unknown): value is ToolResult {
  return (
    value != null &&
    typeof value === 'object' &&
    typeof (value as { ok?: unknown }).ok === 'boolean' &&
    ((value as { ok: boolean }).ok || typeof (value as { error?: unknown }).error === 'object')
  );
}

function toJsonValue(value: unknown): JSONValue {
  if (value === undefined) return null;
  try {
    return JSON.parse(JSON.stringify(value)) as JSONValue;
  } catch {
    return String(value);
  }
}
