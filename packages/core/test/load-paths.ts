/** An API loaded from a minimal OpenAPI 3.0 document with only the given paths, for tests of what the loader makes of them. */
import type { ApiServer } from '../src/api-server';
import { loadApiServer } from '../src/load-api-server';

/** Loads `paths` (an OpenAPI `paths` object) as the API `name`, against a base URL nothing listens on. */
export function loadPaths(options: { name: string; paths: Record<string, unknown> }): Promise<ApiServer> {
  return loadApiServer({
    name: options.name,
    baseUrl: 'http://127.0.0.1:9',
    spec: { openapi: '3.0.3', info: { title: options.name, version: '1' }, paths: options.paths },
  });
}
