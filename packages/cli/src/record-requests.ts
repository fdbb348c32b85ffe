/** Wraps fetch so the CLI can show the request it sent: method, URL, headers (secrets masked) and body text. */

/** A request as sent, for printing. */
export interface SentRequest {
  method: string;
  url: string;
  headers: Array<[string, string]>;
  body: string | undefined;
}

const secretHeader = /^(authorization|proxy-authorization|cookie|set-cookie)$|key|token|secret|password|auth/i;

/** A fetch that records what it sends into `sent` while `armed()` is true, then calls `fetch`. */
export function recordRequests(options: { fetch: typeof fetch; armed: () => boolean }): {
  fetch: typeof fetch;
  sent: SentRequest[];
} {
  const sent: SentRequest[] = [];
  const recording: typeof fetch = async (input, init) => {
    if (options.armed()) {
      const copy = input instanceof Request && init === undefined ? input.clone() : new Request(input, init);
      sent.push({
        method: copy.method,
        url: copy.url,
        headers: [...copy.headers].map(([name, value]) => [name, secretHeader.test(name) ? mask(value) : value]),
        body: await readBody(copy),
      });
    }
    return options.fetch(input, init);
  };
  return { fetch: recording, sent };
}

function mask(value: string): string {
  const space = value.indexOf(' ');
  return space > 0 && space < 12 ? `${value.slice(0, space)} ***` : '***';
}

async function readBody(request: Request): Promise<string | undefined> {
  if (request.body === null) return undefined;
  const type = request.headers.get('content-type') ?? '';
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.length === 0) return undefined;
  if (type.startsWith('multipart/')) return `(multipart body, ${bytes.length} bytes)`;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const printable = /json|text|form-urlencoded|xml|yaml/.test(type) || !/[\u0000-\u0008\u000e-\u001f]/.test(text);
  if (!printable) return `(${type || 'binary'} body, ${bytes.length} bytes)`;
  return text.length > 4000 ? `${text.slice(0, 4000)}… (${bytes.length} bytes)` : text;
}
