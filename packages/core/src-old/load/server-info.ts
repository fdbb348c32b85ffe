/** The `info` of an ApiServer, read from the spec's `info` object. */
import type { ApiServer } from '../api-server';

/** Title (default: the server name), version (as text) and description of the spec. */
export function serverInfo(options: { document: Record<string, unknown>; name: string }): ApiServer['info'] {
  const info = options.document.info as { title?: unknown; version?: unknown; description?: unknown } | undefined;
  return {
    title: typeof info?.title === 'string' ? info.title : options.name,
    version: info?.version === undefined ? '' : String(info.version),
    ...(typeof info?.description === 'string' ? { description: info.description } : {}),
  };
}
