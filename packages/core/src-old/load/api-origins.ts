/** The origins an API answers on, so links there can be told from links elsewhere. */

/** The origins the API answers on (base URL, the spec's absolute servers): links there are hypermedia. */
export function apiOrigins(options: { baseUrl: string; document: Record<string, unknown> }): string[] {
  const urls = [options.baseUrl];
  if (Array.isArray(options.document.servers)) {
    for (const entry of options.document.servers) {
      const url = (entry as { url?: unknown } | null)?.url;
      if (typeof url === 'string') urls.push(url);
    }
  }
  const origins = new Set<string>();
  for (const url of urls) {
    try {
      const origin = new URL(url).origin;
      if (origin !== 'null') origins.add(origin);
    } catch {
      // a relative or templated server URL names no origin of its own
    }
  }
  return [...origins];
}
