/** Turns the model's file value (a data URL, base64 text, or `{ base64, filename, contentType }`) into bytes. */
import { decodeBase64 } from './decode-base64';
import { UnsafeValueError } from './unsafe-value-error';

/** A decoded file, ready for a multipart part or an octet-stream body. */
export interface FileInput {
  bytes: Uint8Array<ArrayBuffer>;
  filename: string | undefined;
  contentType: string | undefined;
}

const dataUrl = /^data:([^;,]*)((?:;[^;,]*)*),(.*)$/s;

/** Decodes a file value; throws UnsafeValueError (an invalid_input issue) when it is neither base64 nor a data URL. */
export function decodeFileInput(value: unknown): FileInput {
  if (typeof value === 'string') return decodeText(value, undefined, undefined);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const content = record.base64 ?? record.data ?? record.content ?? record.dataUrl;
    const filename = typeof (record.filename ?? record.name) === 'string' ? String(record.filename ?? record.name) : undefined;
    const contentType =
      typeof (record.contentType ?? record.mimeType ?? record.type) === 'string'
        ? String(record.contentType ?? record.mimeType ?? record.type)
        : undefined;
    if (typeof content === 'string') return decodeText(content, filename, contentType);
  }
  throw new UnsafeValueError({ message: 'expected a file as a base64 string, a data URL, or { base64, filename, contentType }' });
}

function decodeText(text: string, filename: string | undefined, contentType: string | undefined): FileInput {
  const match = dataUrl.exec(text);
  if (match) {
    const parameters = match[2].split(';').filter(Boolean);
    const isBase64 = parameters.includes('base64');
    const nameParameter = parameters.find((parameter) => parameter.startsWith('name=') || parameter.startsWith('filename='));
    const bytes = isBase64 ? decodeBase64(match[3]) : new TextEncoder().encode(decodeURIComponent(match[3]));
    if (!bytes) throw new UnsafeValueError({ message: 'the data URL does not hold valid base64' });
    return {
      bytes,
      filename: filename ?? (nameParameter ? decodeURIComponent(nameParameter.slice(nameParameter.indexOf('=') + 1)) : undefined),
      contentType: contentType ?? (match[1] || undefined),
    };
  }
  const bytes = decodeBase64(text);
  if (!bytes) throw new UnsafeValueError({ message: 'expected base64 text or a data URL (data:<type>;base64,<data>)' });
  return { bytes, filename, contentType };
}
