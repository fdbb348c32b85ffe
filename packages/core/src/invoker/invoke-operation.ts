/** One tool call: validate, build the request, pass the approval gate, authenticate, send (with retries), parse. */
import { AuthConfigurationError } from '../auth/auth-configuration-error';
import { OAuthTokenRequestError } from '../auth/oauth-token-request-error';
import { resolveRequestAuth, type RequestAuth } from '../auth/resolve-request-auth';
import type { OperationPlan } from '../operation-plan';
import { checkApproval } from '../approval/check-approval';
import { formatInputIssues } from '../input/format-input-issues';
import type { InvokeOptions, ToolDescriptor } from '../tool-descriptor';
import type { ToolInputIssue, ToolRequestSummary, ToolResult } from '../tool-result';
import { buildRequestParts, type RequestParts } from './build-request-parts';
import { buildRequestUrl } from './build-request-url';
import { createGuardedFetch, type GuardedExchange } from './create-guarded-fetch';
import { createRedactor, type Redactor } from './create-redactor';
import type { PreparedOperation } from './prepare-operation';
import type { InvokerContext } from './invoker-context';
import { maskUrl } from './mask-url';
import { originOf } from './origin-of';
import { isRetryableStatus, mayRetryMethod, retryDelay } from './retry-delay';
import { toToolResult } from './to-tool-result';
import { UnsafeValueError } from './unsafe-value-error';
import { validateInput } from './validate-input';
import { delay as wait } from './delay';

const maxRedirects = 5;
const noSecrets = createRedactor([]);

/** Invokes one operation; returns every failure the model can act on as a value. Throws only on developer misconfiguration or the caller's abort. */
export async function invokeOperation(options: {
  context: InvokerContext;
  plan: OperationPlan;
  descriptor: ToolDescriptor;
  baseUrl: string;
  /** Per-tool facts computed once: credential query names; the credentials themselves when they never change. */
  prepared: PreparedOperation;
  input: unknown;
  invokeOptions?: InvokeOptions;
}): Promise<ToolResult> {
  const { context, plan, descriptor, baseUrl, prepared } = options;
  const method = plan.method;
  const templateSummary: ToolRequestSummary = { method, url: `${baseUrl.replace(/\/$/, '')}${plan.path}` };

  const validated = validateInput({ descriptor, plan, input: options.input });
  if (!validated.ok) return invalidInput(validated.issues, templateSummary);
  let parts: RequestParts;
  try {
    parts = buildRequestParts({ plan, input: plan.restoreKeys ? plan.restoreKeys(validated.value) : validated.value });
  } catch (error) {
    if (!UnsafeValueError.isInstance(error)) throw error;
    return invalidInput([{ path: error.property ?? '', message: error.message }], templateSummary);
  }

  // Credential query names are known before any secret is resolved: the model's own pairs with those names are dropped.
  const auth = context.options.auth;
  const authQueryNames = prepared.authQueryNames;
  const query = authQueryNames.size === 0 ? parts.query : parts.query.filter((pair) => !authQueryNames.has(pairName(pair)));
  // The URL without its query, as openapi-fetch would compose it (handed to it below, so it is built once).
  const pathUrl = buildRequestUrl({ baseUrl, path: plan.path, values: parts.path, query: [] });
  const maskedQuery = [...query, ...[...authQueryNames].map((name) => `${encodeURIComponent(name)}=***`)];
  const summary: ToolRequestSummary = { method, url: maskedQuery.length > 0 ? `${pathUrl}?${maskedQuery.join('&')}` : pathUrl };

  // A URL that starts with `<base origin>/` has that origin (the authority ends at the first `/`); anything else is parsed.
  const target = prepared.baseOrigin && pathUrl.startsWith(`${prepared.baseOrigin}/`) ? prepared.baseOrigin : originOf(pathUrl);
  if (!target || !context.isAllowedOrigin(target)) {
    return {
      ok: false,
      error: { kind: 'denied', message: `Refused to send the request: ${target ?? 'its URL'} is not the API's origin.` },
      request: templateSummary,
    };
  }

  // Most tools need no approval: they skip the gate's promise.
  const denied = descriptor.requiresApproval && (await checkApproval({
    tool: descriptor,
    input: validated.value,
    request: summary,
    approval: options.invokeOptions?.approval,
    approve: context.options.approve,
  }));
  if (denied) return denied;

  const callerSignal = options.invokeOptions?.signal;
  const mayRetry = mayRetryMethod({ method, retry: context.retry });
  let refreshedToken = false;
  for (let attempt = 0; ; attempt++) {
    if (callerSignal?.aborted) throw callerSignal.reason;
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
    const exchange: GuardedExchange = {};
    try {
      const fetch = context.options.fetch ?? globalThis.fetch;
      const known = prepared.staticAuth?.();
      requestAuth =
        (known instanceof Promise ? await known : known) ??
        (await resolveRequestAuth({
          plan,
          auth,
          context: { server: context.serverName, tool: descriptor.name },
          tokenCache: context.tokenCache,
          fetch,
          signal: controller.signal,
          baseUrl,
        }));
      redactor = context.redactorFor(requestAuth.secrets);
      // A plain object (openapi-fetch merges it into one Headers); later entries win, whatever their case, so
      // auth headers override anything the input carried.
      const headers: Record<string, string> = {};
      if (plan.responseMediaTypes.length > 0) headers.Accept = plan.responseMediaTypes.join(', ');
      Object.assign(headers, parts.headers);
      if (parts.body?.contentType) headers['Content-Type'] = parts.body.contentType;
      Object.assign(headers, requestAuth.headers);
      const cookies = { ...parts.cookies };
      for (const [name, value] of Object.entries(requestAuth.cookies)) {
        delete cookies[encodeURIComponent(name)];
        cookies[name] = value;
      }
      const cookieHeader = Object.entries(cookies).map(([name, value]) => `${name}=${value}`).join('; ');
      if (cookieHeader) headers.Cookie = cookieHeader;
      const queryPairs = [
        ...query,
        ...requestAuth.query.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`),
      ];
      await context.client.request(method.toLowerCase() as 'get', plan.path, {
        baseUrl,
        params: { path: parts.path },
        pathSerializer: () => pathUrl,
        querySerializer: () => queryPairs.join('&'),
        body: parts.body?.body,
        bodySerializer: (body: unknown) => body,
        headers,
        parseAs: 'stream',
        fetch: createGuardedFetch({
          fetch,
          isAllowedOrigin: context.isAllowedOrigin,
          maxResponseBytes: context.maxResponseBytes,
          maxRedirects,
          checkedOrigin: target,
          exchange,
        }),
        signal: controller.signal,
        redirect: 'manual',
      });
    } catch (error) {
      if (callerSignal?.aborted) throw callerSignal.reason;
      if (AuthConfigurationError.isInstance(error)) throw error;
      if (timedOut) {
        return { ok: false, error: { kind: 'timeout', message: `No response within ${context.timeoutMs} ms.` }, request: summary };
      }
      if (OAuthTokenRequestError.isInstance(error)) {
        return {
          ok: false,
          ...(error.status ? { status: error.status } : {}),
          error: { kind: error.status ? 'http_error' : 'network', message: redactor.text(error.message) },
          request: summary,
        };
      }
      if (!requestAuth) {
        // The developer's resolveCredential failed: its message may hold anything, so it is not passed on.
        return { ok: false, error: { kind: 'network', message: 'Could not resolve the credentials for this call.' }, request: summary };
      }
      if (mayRetry && attempt < context.retry.retries) {
        const delay = retryDelay({ attempt, retry: context.retry }) ?? 0;
        await wait({ ms: delay, signal: callerSignal });
        continue;
      }
      return {
        ok: false,
        error: { kind: 'network', message: redactor.text(`The request failed: ${describeNetworkError(error)}`) },
        request: summary,
      };
    } finally {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onAbort);
    }

    const request: ToolRequestSummary = {
      method,
      url: exchange.url ? maskUrl({ url: exchange.url, names: authQueryNames, redactor }) : summary.url,
    };
    if (exchange.blockedOrigin) {
      return {
        ok: false,
        error: {
          kind: 'denied',
          message: `Refused to send the request to ${exchange.blockedOrigin}: it is not the API's origin (the developer can add it to allowedOrigins).`,
        },
        request,
      };
    }
    if (exchange.blockedRedirect) {
      const location = redactor.text(exchange.blockedRedirect.location);
      return {
        ok: false,
        status: exchange.blockedRedirect.status,
        error: {
          kind: 'http_error',
          message: `The API redirected (HTTP ${exchange.blockedRedirect.status}) to ${location}, ${exchange.blockedRedirect.reason}; the redirect was not followed.`,
          body: { location },
        },
        request,
      };
    }
    const status = exchange.status ?? 0;
    if (status === 401 && requestAuth?.oauth && !refreshedToken) {
      // The token may have been revoked or expired early: fetch a new one, once.
      context.tokenCache.invalidate(requestAuth.oauth);
      refreshedToken = true;
      attempt--;
      continue;
    }
    if (mayRetry && attempt < context.retry.retries && isRetryableStatus(status)) {
      const delay = retryDelay({ attempt, retry: context.retry, retryAfter: exchange.headers?.get('retry-after') });
      if (delay !== undefined) {
        await wait({ ms: delay, signal: callerSignal });
        continue;
      }
    }
    return toToolResult({
      status,
      headers: exchange.headers ?? new Headers(),
      bytes: exchange.bytes ?? new Uint8Array(0),
      overflow: exchange.overflow ?? false,
      maxResponseBytes: context.maxResponseBytes,
      request,
      redactor,
    });
  }
}

function invalidInput(issues: ToolInputIssue[], request: ToolRequestSummary): ToolResult {
  return { ok: false, error: { kind: 'invalid_input', message: formatInputIssues(issues), issues }, request };
}

function pairName(pair: string): string {
  const equals = pair.indexOf('=');
  const raw = equals >= 0 ? pair.slice(0, equals) : pair;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.message}${cause}`;
}
