/** What invoking a tool gives back: a success with the parsed response, or an error the model can act on. */

/**
 * The kinds of failure a tool call can end in; each comes back as a value, never thrown. `response_too_large` is no
 * longer produced: a body over the size cap comes back cut, with `truncated` (kept so code that names it compiles).
 */
export type ToolErrorKind =
  | 'invalid_input'
  | 'http_error'
  | 'network'
  | 'timeout'
  | 'denied'
  | 'response_too_large';

/** One problem with the model's input: `path` is the input field ('contactId', 'items.0.price'). */
export interface ToolInputIssue {
  path: string;
  message: string;
}

/** The request as it was (or would be) sent, credentials masked. */
export interface ToolRequestSummary {
  method: string;
  url: string;
}

/** A successful call: the parsed response body (JSON value, text, binary summary, or null for 204). */
export interface ToolSuccess {
  ok: true;
  status: number;
  data: unknown;
  contentType: string | undefined;
  /**
   * Set when the body was longer than the size cap (`maxResponseBytes`): `data` holds what was received up to the
   * cap, a JSON body as its text (cut, it no longer parses; the model's view reads the whole values at its start),
   * text as text, binary as the bytes received.
   */
  truncated?: boolean;
  /** With `truncated`: the whole body's size in bytes, when the response declared it (an uncompressed Content-Length). */
  totalBytes?: number;
  /** The response headers (lower-case names; cookies and connection headers left out, secrets masked): `link` names the next page. */
  headers?: Record<string, string>;
  request?: ToolRequestSummary;
}

/** A failed call: invalid input, an HTTP error status, a network failure, a timeout, a denial or an oversize body. */
export interface ToolFailure {
  ok: false;
  status?: number;
  error: {
    kind: ToolErrorKind;
    message: string;
    issues?: ToolInputIssue[];
    body?: unknown;
  };
  request?: ToolRequestSummary;
}

/** The result of `ToolDescriptor.invoke`. */
export type ToolResult = ToolSuccess | ToolFailure;

/** A binary response body, summarised for the model. */
export interface BinaryData {
  contentType: string;
  size: number;
  base64: string;
}
