/** Turns a read response (status, headers, capped bytes) into the ToolResult the model sees, secrets masked. */
import type { BinaryData, ToolRequestSummary, ToolResult } from '../tool-result';
import type { Redactor } from './create-redactor';
import { encodeBase64 } from './encode-base64';
import { isJsonMediaType } from './serialize-body';

const decoder = new TextDecoder();

/** True for media types read as text (text/*, XML, JavaScript, form data, CSV …). */
function isTextMediaType(type: string): boolean {
  return (
    type.startsWith('text/') ||
    type.endsWith('+xml') ||
    type === 'application/xml' ||
    type === 'application/javascript' ||
    type === 'application/x-www-form-urlencoded' ||
    type === 'application/yaml' ||
    type === 'application/x-yaml' ||
    type === 'application/problem+xml'
  );
}

/** Builds the result of one finished exchange. */
export function toToolResult(options: {
  status: number;
  statusText?: string;
  headers: Headers;
  bytes: Uint8Array;
  overflow: boolean;
  maxResponseBytes: number;
  request: ToolRequestSummary;
  redactor: Redactor;
}): ToolResult {
  const { status, headers, bytes, overflow, redactor, request } = options;
  const contentType = headers.get('content-type') ?? undefined;
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  const ok = status >= 200 && status < 300;
  let data: unknown = null;
  if (bytes.length > 0) {
    const looksJson = isJsonMediaType(type) || (type === '' && /^\s*[[{]/.test(decoder.decode(bytes.subarray(0, 16))));
    if (looksJson) {
      const text = redactor.text(decoder.decode(bytes));
      // Cut at the cap, a JSON body no longer parses: it stays as the text received (the model's view reads its start).
      data = text;
      if (!overflow) {
        try {
          data = JSON.parse(text);
        } catch {
          data = text;
        }
      }
    } else if (isTextMediaType(type) || type === '') {
      data = redactor.text(decoder.decode(bytes));
    } else {
      const binary: BinaryData = { contentType: type, size: bytes.length, base64: encodeBase64(bytes) };
      data = binary;
    }
  }
  const totalBytes = overflow ? declaredLength(headers) : undefined;
  if (ok) {
    const success: ToolResult = { ok: true, status, data: status === 204 ? null : data, contentType, request };
    if (overflow) {
      success.truncated = true;
      if (totalBytes !== undefined) success.totalBytes = totalBytes;
    }
    const kept = responseHeaders({ headers, redactor });
    if (kept) success.headers = kept;
    return success;
  }
  const reason = options.statusText ? ` ${options.statusText}` : '';
  const detail = overflow ? `the error body was cut at ${options.maxResponseBytes} bytes (maxResponseBytes)` : describeErrorBody(data);
  return {
    ok: false,
    status,
    error: {
      kind: 'http_error',
      message: redactor.text(`HTTP ${status}${reason}${detail ? `: ${detail}` : ''}`),
      body: data,
    },
    request,
  };
}

/** The body's length the response declared, when it is the length of what `fetch` hands over (not compressed). */
function declaredLength(headers: Headers): number | undefined {
  const encoding = headers.get('content-encoding');
  if (encoding !== null && encoding.trim().toLowerCase() !== 'identity') return undefined;
  const declared = Number(headers.get('content-length') ?? Number.NaN);
  return Number.isSafeInteger(declared) && declared >= 0 ? declared : undefined;
}

/** Headers about the connection, not the response, and cookies: left out of results. */
const unreportedHeaders = new Set(['set-cookie', 'connection', 'keep-alive', 'transfer-encoding']);

/** The response headers for the app (and the next-page link): all but cookies and connection headers, secrets masked. */
function responseHeaders(options: { headers: Headers; redactor: Redactor }): Record<string, string> | undefined {
  let out: Record<string, string> | undefined;
  for (const [name, value] of options.headers) {
    if (unreportedHeaders.has(name)) continue;
    (out ??= {})[name] = options.redactor.text(value);
  }
  return out;
}

/** A short line from an error body (`message`, `error.message`, `detail`, or the text), for the error message. */
function describeErrorBody(data: unknown): string | undefined {
  if (typeof data === 'string') return data.slice(0, 200) || undefined;
  if (data === null || typeof data !== 'object') return undefined;
  const record = data as Record<string, unknown>;
  const nested = record.error !== null && typeof record.error === 'object' ? (record.error as Record<string, unknown>) : undefined;
  const candidate = record.message ?? nested?.message ?? record.detail ?? record.title ?? (typeof record.error === 'string' ? record.error : undefined);
  return typeof candidate === 'string' ? candidate.slice(0, 200) : undefined;
}
