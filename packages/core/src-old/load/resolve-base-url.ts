/** The base URL of a server: the `baseUrl` option, else the spec's first server made absolute. */
import { SpecError } from '../spec-error';
import { resolveServerUrl } from './resolve-server-url';

/**
 * `baseUrl` when given (trailing slash removed); else `servers[0]` with variables at their defaults, resolved
 * against the spec's own URL when relative. Throws SpecError (pointer `/servers`) when neither is absolute.
 */
export function resolveBaseUrl(options: {
  baseUrl?: string;
  document: Record<string, unknown>;
  location?: string;
  source: string;
}): string {
  if (options.baseUrl !== undefined) {
    if (!/^https?:\/\/[^/]/i.test(options.baseUrl)) {
      throw new SpecError({ message: `baseUrl '${options.baseUrl}' is not an absolute http(s) URL`, pointer: '', source: options.source });
    }
    return options.baseUrl.replace(/\/+$/, '');
  }
  const servers = options.document.servers;
  const first = Array.isArray(servers) ? servers[0] : undefined;
  const base = options.location && /^https?:/i.test(options.location) ? options.location : undefined;
  const resolved = first === undefined ? undefined : resolveServerUrl({ server: first, base });
  if (resolved !== undefined) return resolved;
  throw new SpecError({
    message:
      first === undefined
        ? 'The spec declares no servers; pass baseUrl'
        : `servers[0].url '${String((first as { url?: unknown })?.url)}' is not an absolute URL; pass baseUrl`,
    pointer: first === undefined ? '/servers' : '/servers/0/url',
    source: options.source,
  });
}
