/** Recognises the summary the invoker returns for a binary response body (`{ contentType, size, base64 }`). */
import type { BinaryData } from './tool-result';

/** True when `value` is a binary response summary, so adapters can describe it instead of dumping base64. */
export function isBinaryData(value: unknown): value is BinaryData {
  if (value === null || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.base64 === 'string' && typeof record.size === 'number' && typeof record.contentType === 'string'
  );
}
