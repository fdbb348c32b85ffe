/** Checks a request apiwire sent against the spec's operation: path, required parameters, body media type and required fields. */
import { readPointer } from '../../src/load/json-pointer';

/** The spec's view of one operation: its parameters (refs resolved) and request body, in the spec's document. */
export interface SpecOperationView {
  method: string;
  path: string;
  parameters: Array<{ parameter: Record<string, unknown> }>;
  requestBody?: unknown;
  document: unknown;
}

const ignoredHeaders = new Set(['content-type', 'accept', 'authorization']);

/**
 * Problems with `request` as a call of `operation` on `baseUrl` (none when it is what the spec describes):
 * a path that does not fit the template with one non-empty segment per parameter, a missing required query
 * parameter or header, a body in a media type the operation does not take, or a body without a field its
 * top-level schema requires (JSON keys, form and multipart names, bracketed `name[…]` included).
 */
export async function checkSentRequest(options: { request: Request; baseUrl: string; operation: SpecOperationView }): Promise<string[]> {
  const { request, operation } = options;
  const problems: string[] = [];
  const url = new URL(request.url);
  const base = new URL(options.baseUrl);
  if (request.method !== operation.method.toUpperCase()) problems.push(`method ${request.method}, expected ${operation.method}`);
  const basePath = base.pathname.replace(/\/$/, '');
  const template = operation.path
    .replace(/[?#].*$/, '') // a query or fragment in the path key is not part of the path sent
    .split(/(\{[^}]+\})/)
    .map((part) => (/^\{[^}]+\}$/.test(part) ? '([^/]+)' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  if (!new RegExp(`^${basePath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${template}$`).test(url.pathname)) {
    problems.push(`path ${url.pathname} does not fit ${operation.path} (an empty or split segment?)`);
  }
  const queryNames = [...url.searchParams.keys()];
  for (const { parameter } of operation.parameters) {
    if (parameter.required !== true && parameter.in !== 'path') continue;
    const name = String(parameter.name);
    const schema = resolve(operation.document, parameter.schema) as Record<string, unknown> | undefined;
    if (parameter.in === 'query' && schema?.type !== 'object' && !queryNames.some((key) => key === name || key.startsWith(`${name}[`))) {
      problems.push(`required query parameter '${name}' is missing`);
    }
    if (parameter.in === 'header' && !ignoredHeaders.has(name.toLowerCase()) && !request.headers.has(name)) {
      problems.push(`required header '${name}' is missing`);
    }
  }
  problems.push(...(await checkBody({ request, operation })));
  return problems;
}

async function checkBody(options: { request: Request; operation: SpecOperationView }): Promise<string[]> {
  const { request, operation } = options;
  const requestBody = resolve(operation.document, operation.requestBody) as { content?: Record<string, { schema?: unknown }>; required?: boolean } | undefined;
  const sentType = request.headers.get('content-type')?.split(';')[0].trim().toLowerCase();
  const text = request.body ? await request.clone().text() : '';
  if (!requestBody?.content) return text === '' ? [] : ['a body was sent to an operation without one'];
  // fetch cannot send a body on GET or HEAD: the loader leaves such a body out, with a warning
  if ((request.method === 'GET' || request.method === 'HEAD') && text === '') return [];
  if (text === '') return requestBody.required === true ? ['the required body is missing'] : [];
  const mediaTypes = Object.keys(requestBody.content);
  const mediaType = mediaTypes.find((type) => type.toLowerCase() === sentType) ?? mediaTypes.find((type) => matchesRange(type, sentType));
  if (mediaType === undefined) return [`body sent as ${sentType ?? 'no content type'}, the operation takes ${mediaTypes.join(', ')}`];
  const schema = resolve(operation.document, requestBody.content[mediaType]?.schema) as { required?: unknown; properties?: Record<string, unknown> } | undefined;
  // readOnly fields are the server's to fill: the input leaves them out.
  const required = (Array.isArray(schema?.required) ? (schema.required as string[]) : []).filter(
    (name) => (resolve(operation.document, schema?.properties?.[name]) as { readOnly?: unknown } | undefined)?.readOnly !== true,
  );
  if (required.length === 0) return [];
  let names: string[];
  if (sentType === 'application/json' || sentType?.endsWith('+json')) {
    const parsed = JSON.parse(text) as unknown;
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return [];
    names = Object.keys(parsed);
  } else if (sentType === 'application/x-www-form-urlencoded') {
    names = [...new URLSearchParams(text).keys()];
  } else if (sentType === 'multipart/form-data') {
    names = [...(await request.clone().formData()).keys()];
  } else {
    return [];
  }
  return required
    .filter((name) => !names.some((key) => key === name || key.startsWith(`${name}[`)))
    .map((name) => `required body field '${name}' is missing from the ${sentType} body`);
}

function matchesRange(range: string, type: string | undefined): boolean {
  if (type === undefined) return false;
  const [rangeMain, rangeSub] = range.toLowerCase().split(';')[0].trim().split('/');
  const [main, sub] = type.split('/');
  return (rangeMain === '*' || rangeMain === main) && (rangeSub === '*' || rangeSub === sub);
}

/** Follows `$ref`s (local) to the node they name. */
function resolve(document: unknown, node: unknown): unknown {
  let current = node;
  for (let hops = 0; hops < 16; hops++) {
    const ref = current !== null && typeof current === 'object' ? (current as { $ref?: unknown }).$ref : undefined;
    if (typeof ref !== 'string' || !ref.startsWith('#')) return current;
    current = readPointer(document, ref);
  }
  return current;
}
