/** The name an apiwire tool gets in the AI SDK tool set, after the optional prefix / separator override. */
import type { ToolDescriptor } from '@apiwire/core';
import { InvalidToolNameError } from './invalid-tool-name-error';

const validName = /^[a-zA-Z0-9_-]{1,64}$/;

/**
 * `descriptor.name` unless `prefix` or `separator` is given; then `${prefix}${separator}${operation name}`
 * (`prefix` defaults to the server name, `separator` to `_`; `prefix: false` drops the prefix).
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
  const key = prefix === false ? base : `${prefix ?? descriptor.server}${separator ?? '_'}${base}`;
  if (!validName.test(key)) {
    throw new InvalidToolNameError({
      toolName: key,
      message: `Tool name "${key}" (for ${descriptor.id}) must match ${validName.source}: OpenAI and Anthropic reject anything else. Choose another prefix or separator.`,
    });
  }
  return key;
}
