/** Makes a candidate tool name provider-safe: ^[a-zA-Z0-9_-]{1,64}$, long names cut with a stable hash. */
import { stableHash } from './stable-hash';

/** The longest tool name OpenAI and Anthropic accept. */
export const maxToolNameLength = 64;

/**
 * Replaces characters outside [a-zA-Z0-9_-] with `_`; a name over `maxLength` keeps its first characters and ends
 * in `_` + a 6-character hash of the whole name, so two long names sharing a prefix still differ.
 */
export function fitToolName(options: { name: string; maxLength?: number }): string {
  const maxLength = options.maxLength ?? maxToolNameLength;
  const safe = options.name.replace(/[^a-zA-Z0-9_-]+/g, '_').replace(/^_+|_+$/g, '') || 'operation';
  if (safe.length <= maxLength) return safe;
  const hash = stableHash(safe);
  return `${safe.slice(0, maxLength - hash.length - 1).replace(/_+$/, '')}_${hash}`;
}
