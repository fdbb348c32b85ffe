/** Creates the per-server invoker: shared transport, auth state (OAuth token cache) and the per-tool `invoke`. */
import * as openapiFetch from 'openapi-fetch';
import type { ApiServer } from '../api-server';
import { checkAuthConfiguration } from '../auth/check-auth-configuration';
import { createOAuthTokenCache } from '../auth/create-oauth-token-cache';
import type { LoadApiServerOptions } from '../load-api-server-options';
import type { OperationPlan } from '../operation-plan';
import type { InvokeOptions, ToolDescriptor } from '../tool-descriptor';
import type { ToolResult } from '../tool-result';
import { CapturedRequest } from './captured-request';
import { createRedactor, type Redactor } from './create-redactor';
import { invokeOperation } from './invoke-operation';
import { originOf } from './origin-of';
import { prepareOperation } from './prepare-operation';
import type { InvokerContext } from './invoker-context';
import { normaliseRetryOptions } from './retry-delay';

// openapi-fetch's default export, read so that both builds find it: in our CommonJS build the default import is
// openapi-fetch's whole `exports` object (Node's interop for a package of type module), with `default` inside.
const createClient: typeof openapiFetch.default =
  typeof openapiFetch.default === 'function' ? openapiFetch.default : (openapiFetch.default as unknown as { default: typeof openapiFetch.default }).default;

/** The invoker of one server. `invokeFor` builds the `invoke` function of one tool. */
export interface ServerInvoker {
  invokeFor(options: {
    plan: OperationPlan;
    /** The descriptor the invoke belongs to (read lazily: flags are set after creation). */
    descriptor: () => ToolDescriptor;
  }): (input: unknown, options?: InvokeOptions) => Promise<ToolResult>;
}

/**
 * Creates the invoker for one server. Requests (and credentials) go only to the base URL's origin and the
 * developer's `allowedOrigins`; an operation's own `servers` entry is used only when its origin is one of those.
 * Throws AuthConfigurationError (from `invokeFor`) when auth cannot work safely.
 */
export function createServerInvoker(options: {
  server: Pick<ApiServer, 'name' | 'baseUrl'>;
  options: LoadApiServerOptions;
}): ServerInvoker {
  const settings = options.options;
  const allowed = new Set<string>();
  const baseOrigin = originOf(options.server.baseUrl);
  if (baseOrigin) allowed.add(baseOrigin);
  for (const origin of settings.allowedOrigins ?? []) {
    const normalised = originOf(origin);
    if (normalised) allowed.add(normalised);
  }
  const redactors = new Map<string, Redactor>();
  const context: InvokerContext = {
    serverName: options.server.name,
    baseUrl: options.server.baseUrl,
    options: settings,
    isAllowedOrigin: (origin) => allowed.has(origin),
    retry: normaliseRetryOptions(settings.retry),
    timeoutMs: settings.timeoutMs ?? 30_000,
    maxResponseBytes: settings.maxResponseBytes ?? 1024 * 1024,
    tokenCache: createOAuthTokenCache(),
    redactorFor: (secrets) => {
      const key = secrets.join('\u0000');
      let redactor = redactors.get(key);
      if (!redactor) {
        // Rotating credentials make new keys: keep the cache small.
        if (redactors.size >= 32) redactors.clear();
        redactor = createRedactor(secrets);
        redactors.set(key, redactor);
      }
      return redactor;
    },
    client: createClient({ Request: CapturedRequest as unknown as typeof Request }),
  };
  return {
    invokeFor({ plan, descriptor }) {
      checkAuthConfiguration({ plan, auth: settings.auth, isAllowedOrigin: context.isAllowedOrigin, baseUrl: options.server.baseUrl });
      const operationServer = plan.servers
        ?.map((url) => {
          try {
            return new URL(url, options.server.baseUrl).href;
          } catch {
            return undefined;
          }
        })
        .find((url) => url !== undefined && allowed.has(originOf(url) ?? ''));
      const baseUrl = operationServer ?? options.server.baseUrl;
      const prepared = prepareOperation({ context, plan, baseUrl, toolName: () => descriptor().name });
      return (input, invokeOptions) =>
        invokeOperation({ context, plan, descriptor: descriptor(), baseUrl, prepared, input, invokeOptions });
    },
  };
}
