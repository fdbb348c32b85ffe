/** Turns an OpenAPI server object into an absolute URL: variables at their defaults, relative URLs resolved. */

/**
 * `servers[i].url` with every `{variable}` replaced by its default (else its first enum value), resolved against
 * `base` when relative, without a trailing slash; undefined when the result is not an absolute http(s) URL.
 */
export function resolveServerUrl(options: { server: unknown; base?: string }): string | undefined {
  const server = options.server as { url?: unknown; variables?: Record<string, { default?: unknown; enum?: unknown[] }> };
  if (server === null || typeof server !== 'object' || typeof server.url !== 'string') return undefined;
  const url = server.url.replace(/\{([^}]+)\}/g, (match, name: string) => {
    const variable = server.variables?.[name];
    const value = variable?.default ?? variable?.enum?.[0];
    return value === undefined ? match : String(value);
  });
  let absolute: string;
  try {
    absolute = options.base ? new URL(url, options.base).href : new URL(url).href;
  } catch {
    return undefined;
  }
  if (!/^https?:\/\//i.test(absolute) || /\{[^}]*\}/.test(decodeURI(absolute))) return undefined;
  return absolute.replace(/\/+$/, '');
}
