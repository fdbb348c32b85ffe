/** The name an apiwire tool gets in the AI SDK tool set, after the optional prefix / separator override. */
import type { ToolDescriptor } from '@apiwire/core';
import { InvalidToolNameError } from './invalid-tool-name-error';

const validName = /^[a-zA-Z0-9_-]{1,64}$/;
const maxLength = 64;

/**
 * `descriptor.name` unless `prefix` or `separator` is given; then `${prefix}${separator}${operation name}`
 * (`prefix` defaults to the server name, `separator` to `_`; `prefix: false` drops the prefix). A name over 64
 * characters keeps its start and ends in `_` + a stable 6-character hash; characters providers reject throw.
 */
export function toolKey(options: {
  descriptor: ToolDescriptor;
  prefix?: string | false;
  separator?: string;
}): string {
  const { descriptor, prefix, separator } = options;
  if (prefix === undefined && separator === undefined) return descriptor.name;
  const serverPrefix = `${descriptor.server}_`;
  const base = descriptor.name.startsWith(serverPrefix) ? descriptor.name.slice(serverPrefix.length) : descriptor.name;
  const full = prefix === false ? base : `${prefix ?? descriptor.server}${separator ?? '_'}${base}`;
  const key = full.length <= maxLength ? full : `${full.slice(0, maxLength - 7)}_${stableHash(full)}`;
  if (!validName.test(key)) {
    throw new InvalidToolNameError({
      toolName: key,
      message: `Tool name "${key}" (for ${descriptor.id}) must match ${validName.source}: OpenAI and Anthropic reject anything else. Choose another prefix or separator.`,
    });
  }
  return key;
}

/** Base-36 FNV-1a hash of `text`: 6 characters, always the same for the same text. */
function stableHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0').slice(-6);
}
