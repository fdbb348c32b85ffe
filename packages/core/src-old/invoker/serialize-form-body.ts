/** Encodes an object as `application/x-www-form-urlencoded`: OpenAPI's form style, or Stripe's bracket form where asked. */
import type { BodyEncoding } from '../operation-plan';

/**
 * A list of plain values is sent as OpenAPI's default for form bodies says (`style: form`, `explode: true`):
 * `tags=a&tags=b`, as Twilio and most servers read it; `tags=a,b` with `explode: false`, or space- or
 * pipe-delimited when its `encoding` says so. Objects, lists of objects and any field whose `encoding` says
 * `deepObject` use brackets: `metadata[order]=42`, `items[0][price]=p`, `expand[0]=customer` (what Stripe's
 * spec declares for every such field). OpenAPI's default for an object (its keys as top-level fields) loses the
 * field's name, so it is only used when the encoding says `style: form` explicitly.
 */
export function serializeFormBody(options: { body: Record<string, unknown>; encoding?: Record<string, BodyEncoding> }): string {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(options.body)) {
    if (value === undefined) continue;
    const encoding = options.encoding?.[name];
    const style = encoding?.style;
    const listStyle = style ?? (Array.isArray(value) && value.every(isPlain) ? 'form' : undefined);
    if (Array.isArray(value) && (listStyle === 'form' || listStyle === 'spaceDelimited' || listStyle === 'pipeDelimited')) {
      if (listStyle === 'form' && encoding?.explode !== false) {
        for (const item of value) form.append(name, scalar(item));
      } else {
        form.append(name, value.map(scalar).join(listStyle === 'spaceDelimited' ? ' ' : listStyle === 'pipeDelimited' ? '|' : ','));
      }
      continue;
    }
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && encoding?.style === 'form') {
      const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
      if (encoding.explode === false) {
        form.append(name, entries.flatMap(([key, item]) => [key, scalar(item)]).join(','));
      } else {
        for (const [key, item] of entries) form.append(key, scalar(item));
      }
      continue;
    }
    appendBrackets(form, name, value);
  }
  return form.toString();
}

function appendBrackets(form: URLSearchParams, key: string, value: unknown): void {
  if (value === undefined) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => appendBrackets(form, `${key}[${index}]`, item));
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [child, item] of Object.entries(value as Record<string, unknown>)) appendBrackets(form, `${key}[${child}]`, item);
    return;
  }
  form.append(key, scalar(value));
}

function isPlain(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

/** null becomes the empty string (Stripe's way to unset a field). */
function scalar(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
