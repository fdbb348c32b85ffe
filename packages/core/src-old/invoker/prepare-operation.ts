/** What one tool's calls share, computed once: the credential query names and, for literal-only auth, the credentials. */
import { isStaticAuth } from '../auth/is-static-auth';
import { resolveRequestAuth, type RequestAuth } from '../auth/resolve-request-auth';
import { selectSecurityRequirement } from '../auth/select-security-requirement';
import type { OperationPlan } from '../operation-plan';
import type { InvokerContext } from './invoker-context';
import { originOf } from './origin-of';

/** Per-tool facts for `invokeOperation`. */
export interface PreparedOperation {
  /** Query names auth fills (static `auth.query`, apiKey-in-query schemes): never taken from the input, masked in URLs. */
  authQueryNames: Set<string>;
  /** The origin of the tool's base URL, when it parses. */
  baseOrigin: string | undefined;
  /**
   * The credentials, when they are literals (no references, no OAuth): resolved on first use (a promise), then
   * returned as they are, so later calls do not wait a turn for them.
   */
  staticAuth?: () => RequestAuth | Promise<RequestAuth>;
}

/** Prepares one tool of the server. */
export function prepareOperation(options: {
  context: InvokerContext;
  plan: OperationPlan;
  baseUrl: string;
  toolName: () => string;
}): PreparedOperation {
  const { context, plan } = options;
  const auth = context.options.auth;
  const authQueryNames = new Set<string>(Object.keys(auth?.query ?? {}));
  for (const selected of selectSecurityRequirement({ plan, auth })) {
    if (selected.scheme.type === 'apiKey' && selected.scheme.in === 'query') authQueryNames.add(String(selected.scheme.name));
  }
  const baseOrigin = originOf(options.baseUrl);
  if (!isStaticAuth(auth)) return { authQueryNames, baseOrigin };
  let pending: Promise<RequestAuth> | undefined;
  let resolved: RequestAuth | undefined;
  return {
    authQueryNames,
    baseOrigin,
    staticAuth: () =>
      resolved ??
      (pending ??= resolveRequestAuth({
        plan,
        auth,
        context: { server: context.serverName, tool: options.toolName() },
        tokenCache: context.tokenCache,
        fetch: globalThis.fetch,
        baseUrl: options.baseUrl,
      }).then((value) => (resolved = value))),
  };
}
