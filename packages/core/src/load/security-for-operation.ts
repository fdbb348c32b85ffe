/** The security an operation runs under, the document's schemes, and the parameters those schemes supply. */
import type { SecurityRequirement, SecurityScheme } from '../operation-plan';
import type { LoadApiServerOptions } from '../load-api-server-options';
import type { SuppliedParameters } from '../schema/flatten-operation-input';

/** The document's security schemes by name (`$ref`s followed by `resolve`). */
export function securitySchemesOf(options: {
  document: Record<string, unknown>;
  resolve: (node: unknown) => unknown;
}): Record<string, SecurityScheme> {
  const components = options.document.components as { securitySchemes?: Record<string, unknown> } | undefined;
  const out: Record<string, SecurityScheme> = {};
  for (const [name, node] of Object.entries(components?.securitySchemes ?? {})) {
    const scheme = options.resolve(node);
    if (scheme !== null && typeof scheme === 'object' && typeof (scheme as { type?: unknown }).type === 'string') {
      out[name] = scheme as SecurityScheme;
    }
  }
  return out;
}

/** The operation's `security`, else the document's; undefined when neither says. */
export function effectiveSecurity(options: {
  operation: Record<string, unknown>;
  document: Record<string, unknown>;
}): SecurityRequirement[] | undefined {
  const security = options.operation.security ?? options.document.security;
  return Array.isArray(security) ? (security as SecurityRequirement[]) : undefined;
}

/** Parameters the model must not fill: apiKey schemes that apply to the operation, and static auth keys. */
export function suppliedParameters(options: {
  security: SecurityRequirement[] | undefined;
  schemes: Record<string, SecurityScheme>;
  auth: LoadApiServerOptions['auth'];
}): SuppliedParameters {
  const supplied: SuppliedParameters = {
    header: new Set(Object.keys(options.auth?.headers ?? {}).map((name) => name.toLowerCase())),
    query: new Set(Object.keys(options.auth?.query ?? {})),
    cookie: new Set(Object.keys(options.auth?.cookies ?? {})),
  };
  for (const requirement of options.security ?? []) {
    for (const name of Object.keys(requirement ?? {})) {
      const scheme = options.schemes[name] as { type?: string; in?: string; name?: string } | undefined;
      if (scheme?.type !== 'apiKey' || typeof scheme.name !== 'string') continue;
      if (scheme.in === 'header') supplied.header.add(scheme.name.toLowerCase());
      else if (scheme.in === 'query') supplied.query.add(scheme.name);
      else if (scheme.in === 'cookie') supplied.cookie.add(scheme.name);
    }
  }
  return supplied;
}
