/** The base URL of each server in a tool source, by server name (a catalog alone does not know them). */
import type { ToolCatalogSource } from './create-tool-catalog';

/** `server name -> baseUrl` for the `ApiServer`s in `source`; empty for a catalog or bare descriptors. */
export function serverBaseUrls(source: ToolCatalogSource): Map<string, string> {
  const items: readonly unknown[] = Array.isArray(source) ? source : [source];
  const urls = new Map<string, string>();
  for (const item of items) {
    const server = item as { name?: unknown; baseUrl?: unknown; tools?: unknown };
    if (typeof server.name === 'string' && typeof server.baseUrl === 'string' && Array.isArray(server.tools)) {
      urls.set(server.name, server.baseUrl);
    }
  }
  return urls;
}
