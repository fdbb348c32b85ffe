/** Serialises one query parameter (`form`, `spaceDelimited`, `pipeDelimited`, `deepObject`, `content`) into encoded `name=value` pairs. */
import type { ParameterBinding } from '../operation-plan';
import { encodeParameterValue } from './encode-parameter-value';

/** Returns the encoded `name=value` strings this parameter adds to the query (none for undefined). */
export function serializeQueryParameter(options: { binding: ParameterBinding; value: unknown }): string[] {
  const { binding, value } = options;
  if (value === undefined) return [];
  const name = encodeURIComponent(binding.name);
  const encode = (item: unknown) =>
    encodeParameterValue(item === null ? '' : item, { allowReserved: binding.allowReserved });
  if (binding.contentType) return [`${name}=${encodeURIComponent(JSON.stringify(value))}`];
  const style = binding.style || 'form';
  if (Array.isArray(value)) {
    if (value.length === 0) return [];
    if (style === 'deepObject') return value.map((item, index) => `${name}[${index}]=${encode(item)}`);
    if (binding.explode && style === 'form') return value.map((item) => `${name}=${encode(item)}`);
    const separator = style === 'spaceDelimited' ? '%20' : style === 'pipeDelimited' ? '|' : ',';
    return [`${name}=${value.map(encode).join(separator)}`];
  }
  if (value !== null && typeof value === 'object') {
    if (style === 'deepObject') return deepObjectPairs(name, value, encode);
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
    if (binding.explode) return entries.map(([key, item]) => `${encodeURIComponent(key)}=${encode(item)}`);
    const separator = style === 'spaceDelimited' ? '%20' : style === 'pipeDelimited' ? '|' : ',';
    return [`${name}=${entries.flatMap(([key, item]) => [encodeURIComponent(key), encode(item)]).join(separator)}`];
  }
  return [`${name}=${encode(value)}`];
}

/** `filter[status]=open&filter[total][gte]=10`: nested objects and arrays in bracket form. */
function deepObjectPairs(prefix: string, value: unknown, encode: (item: unknown) => string): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => deepObjectPairs(`${prefix}[${index}]`, item, encode));
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .flatMap(([key, item]) => deepObjectPairs(`${prefix}[${encodeURIComponent(key)}]`, item, encode));
  }
  return [`${prefix}=${encode(value)}`];
}
