/** Encodes an object as `application/x-www-form-urlencoded`, nested objects and arrays in Stripe's bracket form. */
import type { BodyEncoding } from '../operation-plan';

/**
 * `metadata[order]=42`, `items[0][price]=p`, `expand[0]=customer`: objects and arrays use brackets (what Stripe
 * and Prism read), unless the field's `encoding` explicitly says `style: form` (`tags=a&tags=b`, or `tags=a,b`
 * without explode), `spaceDelimited` or `pipeDelimited`.
 */
export function serializeFormBody(options: { body: Record<string, unknown>; encoding?: Record<string, BodyEncoding> }): string {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(options.body)) {
    if (value === undefined) continue;
    const encoding = options.encoding?.[name];
    const style = encoding?.style;
    if (Array.isArray(value) && (style === 'form' || style === 'spaceDelimited' || style === 'pipeDelimited')) {
      // Only an explicit encoding asks for the OpenAPI form styles: `tags=a&tags=b`, or `tags=a,b` without explode.
      if (style === 'form' && encoding?.explode !== false) {
        for (const item of value) form.append(name, scalar(item));
      } else {
        form.append(name, value.map(scalar).join(style === 'spaceDelimited' ? ' ' : style === 'pipeDelimited' ? '|' : ','));
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

/** null becomes the empty string (Stripe's way to unset a field). */
function scalar(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
