/** The security an operation runs under, the document's schemes, and the parameters those schemes supply. */
import type { SecurityRequirement, SecurityScheme } from '../operation-plan';
import type { OperationParameter } from '../schema/operation-parameter';
import type { LoadApiServerOptions } from '../load-api-server-options';
import type { SuppliedParameters } from '../schema/supplied-parameters';
import { SpecError } from '../spec-error';
import { escapePointerSegment } from './json-pointer';

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

/**
 * The operation's `security`, else the document's; undefined when neither says. Throws SpecError for a requirement
 * that is not an object of scheme names to scope lists: guessing what it meant could send the wrong credentials.
 */
export function effectiveSecurity(options: {
  operation: Record<string, unknown>;
  document: Record<string, unknown>;
  /** The operation's JSON pointer, for errors. */
  pointer: string;
}): SecurityRequirement[] | undefined {
  const own = options.operation.security;
  const security = own ?? options.document.security;
  if (!Array.isArray(security)) return undefined;
  const base = own === undefined ? '/security' : `${options.pointer}/security`;
  security.forEach((requirement: unknown, index) => {
    if (requirement === null || typeof requirement !== 'object' || Array.isArray(requirement)) {
      throw new SpecError({ message: 'A security requirement must be an object of scheme names to scope lists', pointer: `${base}/${index}` });
    }
    for (const [name, scopes] of Object.entries(requirement)) {
      if (!Array.isArray(scopes)) {
        throw new SpecError({ message: `The scopes of '${name}' must be a list`, pointer: `${base}/${index}/${escapePointerSegment(name)}` });
      }
    }
  });
  return security as SecurityRequirement[];
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

/**
 * The apiKey schemes, among the operation's alternatives, whose parameter the operation also declares required
 * (trello: `security: [{api_key}, {api_token}]` yet both `key` and `token` required): auth sends each of them
 * whenever the app configured it, beside the chosen alternative, since the model is never asked for them.
 */
export function schemesForRequiredParameters(options: {
  security: SecurityRequirement[] | undefined;
  schemes: Record<string, SecurityScheme>;
  parameters: OperationParameter[];
}): string[] {
  const required = new Set(
    options.parameters
      .filter(({ parameter }) => parameter.required === true)
      .map(({ parameter }) => `${String(parameter.in)}:${parameter.in === 'header' ? String(parameter.name).toLowerCase() : String(parameter.name)}`),
  );
  const names = new Set((options.security ?? []).flatMap((requirement) => Object.keys(requirement ?? {})));
  return [...names].filter((name) => {
    const scheme = options.schemes[name] as { type?: string; in?: string; name?: string } | undefined;
    if (scheme?.type !== 'apiKey' || typeof scheme.name !== 'string') return false;
    return required.has(`${scheme.in}:${scheme.in === 'header' ? scheme.name.toLowerCase() : scheme.name}`);
  });
}
