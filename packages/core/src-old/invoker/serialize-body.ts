/** Serialises a request body in the plan's media type: JSON, form-urlencoded, multipart (with files), text or bytes. */
import type { BodyBinding } from '../operation-plan';
import { decodeFileInput } from './decode-file-input';
import { serializeFormBody } from './serialize-form-body';
import { UnsafeValueError } from './unsafe-value-error';

/** A serialised body and the Content-Type to send (undefined for multipart: fetch adds the boundary). */
export interface SerializedBody {
  body: string | Uint8Array<ArrayBuffer> | FormData;
  contentType: string | undefined;
}

/** True for `application/json` and every `+json` type. */
export function isJsonMediaType(mediaType: string): boolean {
  const type = mediaType.split(';')[0].trim().toLowerCase();
  return type === 'application/json' || type.endsWith('+json') || type === 'text/json';
}

/** Serialises `value` (the body, wire names already applied) for `binding.mediaType`. */
export function serializeBody(options: { binding: BodyBinding; value: unknown }): SerializedBody {
  const { binding, value } = options;
  const mediaType = binding.mediaType;
  const type = mediaType.split(';')[0].trim().toLowerCase();
  if (isJsonMediaType(type) || type === '*/*') {
    return { body: JSON.stringify(value), contentType: type === '*/*' ? 'application/json' : mediaType };
  }
  if (type === 'application/x-www-form-urlencoded') {
    return { body: serializeFormBody({ body: asRecord(value), encoding: binding.encoding }), contentType: mediaType };
  }
  if (type === 'multipart/form-data' || type.startsWith('multipart/')) {
    return { body: multipart(binding, asRecord(value)), contentType: undefined };
  }
  if (type.startsWith('text/') || type.endsWith('+xml') || type === 'application/xml') {
    return { body: typeof value === 'string' ? value : JSON.stringify(value), contentType: mediaType };
  }
  // application/octet-stream, image/*, application/pdf …: the value is a file.
  const file = decodeFileInput(value);
  return { body: file.bytes, contentType: type.includes('*') ? (file.contentType ?? 'application/octet-stream') : mediaType };
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
}

function multipart(binding: BodyBinding, body: Record<string, unknown>): FormData {
  const form = new FormData();
  const binaryFields = new Set(binding.binaryFields ?? []);
  for (const [name, value] of Object.entries(body)) {
    if (value === undefined) continue;
    const encoding = binding.encoding?.[name];
    const partType = encoding?.contentType?.split(',')[0].trim();
    // Files are the fields the input schema made file inputs (binaryFields: find-file-fields.ts), nothing else.
    if (binaryFields.has(name)) {
      const files = Array.isArray(value) ? value : [value];
      for (const item of files) {
        let file: ReturnType<typeof decodeFileInput>;
        try {
          file = decodeFileInput(item);
        } catch (error) {
          // Name the field (wire name; the caller maps it to the input property).
          if (UnsafeValueError.isInstance(error)) error.property ??= name;
          throw error;
        }
        const contentType = file.contentType ?? (partType?.includes('*') ? undefined : partType) ?? 'application/octet-stream';
        form.append(name, new Blob([file.bytes as BlobPart], { type: contentType }), file.filename ?? name);
      }
      continue;
    }
    if (Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object')) {
      for (const item of value) form.append(name, String(item ?? ''));
      continue;
    }
    if (value !== null && typeof value === 'object') {
      form.append(name, JSON.stringify(value));
      continue;
    }
    form.append(name, String(value ?? ''));
  }
  return form;
}
