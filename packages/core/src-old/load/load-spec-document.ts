/** Reads, parses, bundles and version-checks a spec into one OpenAPI 3.x document. */
import type { LoadApiServerOptions } from '../load-api-server-options';
import { SpecError } from '../spec-error';
import { bundleExternalRefs, type UnresolvedRef } from './bundle-external-refs';
import { readSpecSource } from './read-spec-source';
import { repairUpgradedBodyRefs } from './repair-upgraded-body-refs';

/** A usable OpenAPI 3.x document and where it came from. */
export interface SpecDocument {
  document: Record<string, unknown>;
  /** 'swagger-2.0' documents are upgraded to 3.x on load. */
  version: 'swagger-2.0' | '3.0' | '3.1';
  source: string;
  location?: string;
  /** External `$ref`s that were refused or could not be read: an error only where an operation needs them. */
  unresolved: UnresolvedRef[];
}

/**
 * Loads the spec: reads it, follows external `$ref`s (file and URL specs), upgrades Swagger 2.0 to OpenAPI 3 with
 * @scalar's upgrader, imported on first need (OpenAPI 3.0 is read as is: the schema converter maps its idioms per tool, which is far
 * cheaper than rewriting a whole large document). Never mutates an object passed as `spec`.
 */
export async function loadSpecDocument(options: Pick<LoadApiServerOptions, 'spec' | 'fetch' | 'specLoading'>): Promise<SpecDocument> {
  const source = await readSpecSource(options);
  const label = source.label;
  if (source.document === null || typeof source.document !== 'object' || Array.isArray(source.document)) {
    throw new SpecError({ message: 'The spec is not an object', pointer: '', source: label });
  }
  let document = source.document as Record<string, unknown>;
  const swagger = document.swagger;
  const openapi = document.openapi;
  let version: SpecDocument['version'];
  if (swagger !== undefined) {
    if (String(swagger) !== '2.0') {
      throw new SpecError({ message: `Unsupported Swagger version '${String(swagger)}' (2.0 is supported)`, pointer: '/swagger', source: label });
    }
    version = 'swagger-2.0';
  } else if (typeof openapi === 'string' && /^3\.0(\.|$)/.test(openapi)) {
    version = '3.0';
  } else if (typeof openapi === 'string' && /^3\.[1-9](\.|$)/.test(openapi)) {
    version = '3.1';
  } else {
    throw new SpecError({
      message: openapi === undefined ? 'The document has neither an `openapi` nor a `swagger` version field' : `Unsupported OpenAPI version '${String(openapi)}'`,
      pointer: openapi === undefined ? '' : '/openapi',
      source: label,
    });
  }
  let unresolved: UnresolvedRef[] = [];
  if ((source.kind === 'file' || source.kind === 'url') && source.mayHaveExternalRefs && source.location) {
    ({ unresolved } = await bundleExternalRefs({
      document,
      location: source.location,
      label,
      fetch: options.fetch,
      timeoutMs: options.specLoading?.timeoutMs,
      maxBytes: options.specLoading?.maxBytes,
      allowCrossOriginRefs: options.specLoading?.allowCrossOriginRefs,
      root: options.specLoading?.root,
    }));
  }
  if (version === 'swagger-2.0') {
    if (document.paths === undefined) {
      throw new SpecError({ message: 'The spec has no `paths`', pointer: '/paths', source: label });
    }
    const input = source.kind === 'object' ? structuredClone(document) : document;
    // Loaded on the first Swagger 2.0 spec only: importing @scalar costs ~200 ms, a third of a cold start.
    const { upgrade } = await import('@scalar/openapi-upgrader');
    try {
      document = upgrade(input, '3.1') as unknown as Record<string, unknown>;
      repairUpgradedBodyRefs(document);
    } catch (error) {
      throw new SpecError({ message: `The Swagger 2.0 document could not be upgraded: ${(error as Error).message}`, pointer: '', source: label, cause: error });
    }
  }
  const paths = document.paths;
  if (paths === undefined && !(version === '3.1' && document.webhooks !== undefined)) {
    throw new SpecError({ message: 'The spec has no `paths`', pointer: '/paths', source: label });
  }
  if (paths !== undefined && (paths === null || typeof paths !== 'object' || Array.isArray(paths))) {
    throw new SpecError({ message: '`paths` is not an object', pointer: '/paths', source: label });
  }
  return { document, version, source: label, location: source.location, unresolved };
}
