/** One attempt of a call: credentials, headers, openapi-fetch through the guarded fetch, under a timeout and the caller's signal. */
import { AuthConfigurationError } from '../auth/auth-configuration-error';
import { OAuthTokenRequestError } from '../auth/oauth-token-request-error';
import { resolveRequestAuth, type RequestAuth } from '../auth/resolve-request-auth';
import type { OperationPlan } from '../operation-plan';
import type { ToolRequestSummary } from '../tool-result';
import type { CallTarget } from './call-target';
import type { CapturedRequest } from './captured-request';
import { createRedactor, type Redactor } from './create-redactor';
import { guardedFetch, type GuardedResult } from './guarded-fetch';
import type { PreparedCall } from './prepare-call';
import { readExchange } from './read-exchange';
import type { AttemptOutcome } from './retry-with-backoff';

const maxRedirects = 5;
const noSecrets = createRedactor([]);
/** What openapi-fetch gets back from the guarded fetch: a bodiless 204 it returns at once (shared: never read or changed). */
const handled = new Response(null, { status: 204 });

/**
 * Sends the prepared call once and reads the outcome. Throws the caller's abort reason and
 * `AuthConfigurationError`; every other failure is a result (network errors may be retried, a timeout may
 * not). A 401 with an OAuth token fetches a new token and sends again, once per call (`oauth.refreshed`).
 */
export async function sendAttempt(
  options: CallTarget & {
    /** The framework's per-call context, for `auth.resolveCredential`. */
    callContext?: unknown;
    call: PreparedCall;
    signal: AbortSignal | undefined;
    oauth: { refreshed: boolean };
  },
): Promise<AttemptOutcome> {
  const { context, call, signal: callerSignal } = options;
  if (callerSignal?.aborted) throw callerSignal.reason;
  // One AbortController per attempt, fed by a timer and the caller's signal, both let go when the attempt ends.
  // Not AbortSignal.any([signal, AbortSignal.timeout(ms)]): on Node 20.20 and 22.23 each call stays registered
  // on a long-lived caller signal (an agent run's) for good, and it is slower (docs/architecture.md, bench:invoke).
  const controller = new AbortController();
  const onAbort = () => controller.abort(callerSignal?.reason);
  callerSignal?.addEventListener('abort', onAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`No response within ${context.timeoutMs} ms`, 'TimeoutError'));
  }, context.timeoutMs);
  let redactor: Redactor = noSecrets;
  let requestAuth: RequestAuth | undefined;
  let exchange: GuardedResult;
  try {
    const pending = credentials({ ...options, signal: controller.signal });
    requestAuth = pending instanceof Promise ? await pending : pending;
    redactor = context.redactorFor(requestAuth.secrets);
    exchange = await send({ ...options, requestAuth, signal: controller.signal });
  } catch (error) {
    if (callerSignal?.aborted) throw callerSignal.reason;
    return failedAttempt({ error, timedOut, requestAuth, redactor, summary: call.summary, timeoutMs: context.timeoutMs });
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', onAbort);
  }
  if (exchange.kind === 'response' && exchange.status === 401 && requestAuth.oauth && !options.oauth.refreshed) {
    // The token may have been revoked or expired early: fetch a new one, once; this does not count as a retry.
    context.tokenCache.invalidate(requestAuth.oauth);
    options.oauth.refreshed = true;
    return sendAttempt(options);
  }
  return readExchange({
    exchange,
    method: options.plan.method,
    authQueryNames: options.prepared.authQueryNames,
    redactor,
    maxResponseBytes: context.maxResponseBytes,
  });
}

/** The call's credentials: the tool's literal ones (resolved once, then returned without a promise), else resolved for this call. */
function credentials(options: CallTarget & { callContext?: unknown; signal: AbortSignal }): RequestAuth | Promise<RequestAuth> {
  const { context } = options;
  const known = options.prepared.staticAuth?.();
  return (
    known ??
    resolveRequestAuth({
      plan: options.plan,
      auth: context.options.auth,
      context: { server: context.serverName, tool: options.descriptor.name, callContext: options.callContext },
      tokenCache: context.tokenCache,
      fetch: context.options.fetch ?? globalThis.fetch,
      signal: options.signal,
      baseUrl: options.baseUrl,
    })
  );
}

/** Sends through openapi-fetch, whose fetch is the guarded one; returns how the guarded exchange ended. */
async function send(options: CallTarget & { call: PreparedCall; requestAuth: RequestAuth; signal: AbortSignal }): Promise<GuardedResult> {
  const { context, plan, call, requestAuth } = options;
  const queryPairs = [
    ...call.query,
    ...requestAuth.query.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`),
  ];
  let exchange: GuardedResult | undefined;
  await context.client.request(plan.method.toLowerCase() as 'get', plan.path, {
    baseUrl: options.baseUrl,
    params: { path: call.parts.path },
    pathSerializer: () => call.pathUrl,
    querySerializer: () => queryPairs.join('&'),
    body: call.parts.body?.body,
    bodySerializer: (body: unknown) => body,
    headers: requestHeaders({ plan, call, requestAuth }),
    parseAs: 'stream',
    fetch: async (request: CapturedRequest) => {
      exchange = await guardedFetch({
        request,
        fetch: context.options.fetch ?? globalThis.fetch,
        isAllowedOrigin: context.isAllowedOrigin,
        maxResponseBytes: context.maxResponseBytes,
        maxRedirects,
        checkedOrigin: call.origin,
      });
      return handled;
    },
    signal: options.signal,
    redirect: 'manual',
  });
  if (exchange === undefined) throw new Error('openapi-fetch returned without calling fetch');
  return exchange;
}

/**
 * A plain object (openapi-fetch merges it into one Headers); later entries win, whatever their case, so auth
 * headers override anything the input carried. Auth cookies replace the input's cookies of the same name.
 */
function requestHeaders(options: { plan: OperationPlan; call: PreparedCall; requestAuth: RequestAuth }): Record<string, string> {
  const { plan, call, requestAuth } = options;
  const headers: Record<string, string> = {};
  if (plan.responseMediaTypes.length > 0) headers.Accept = plan.responseMediaTypes.join(', ');
  Object.assign(headers, call.parts.headers);
  if (call.parts.body?.contentType) headers['Content-Type'] = call.parts.body.contentType;
  Object.assign(headers, requestAuth.headers);
  const cookies = { ...call.parts.cookies };
  for (const [name, value] of Object.entries(requestAuth.cookies)) {
    delete cookies[encodeURIComponent(name)];
    cookies[name] = value;
  }
  const cookieHeader = Object.entries(cookies).map(([name, value]) => `${name}=${value}`).join('; ');
  if (cookieHeader) headers.Cookie = cookieHeader;
  return headers;
}

/** The result of an attempt that threw: a timeout, a token request failure, unresolvable credentials, a network error. */
function failedAttempt(options: {
  error: unknown;
  timedOut: boolean;
  requestAuth: RequestAuth | undefined;
  redactor: Redactor;
  summary: ToolRequestSummary;
  timeoutMs: number;
}): AttemptOutcome {
  const { error, redactor, summary } = options;
  if (AuthConfigurationError.isInstance(error)) throw error;
  if (options.timedOut) {
    return { result: { ok: false, error: { kind: 'timeout', message: `No response within ${options.timeoutMs} ms.` }, request: summary } };
  }
  if (OAuthTokenRequestError.isInstance(error)) {
    const result = {
      ok: false as const,
      ...(error.status ? { status: error.status } : {}),
      error: { kind: error.status ? ('http_error' as const) : ('network' as const), message: redactor.text(error.message) },
      request: summary,
    };
    return { result };
  }
  if (!options.requestAuth) {
    // The developer's resolveCredential failed: its message may hold anything, so it is not passed on.
    return { result: { ok: false, error: { kind: 'network', message: 'Could not resolve the credentials for this call.' }, request: summary } };
  }
  return {
    result: { ok: false, error: { kind: 'network', message: redactor.text(`The request failed: ${describeNetworkError(error)}`) }, request: summary },
    retry: {},
  };
}

function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${cause}`;
}
