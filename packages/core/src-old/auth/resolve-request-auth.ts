/** Resolves the credentials of one call: static headers, query and cookies, then the selected security schemes. */
import type { AuthOptions, SchemeCredentials, SecretValue } from '../load-api-server-options';
import type { OperationPlan, SecurityScheme } from '../operation-plan';
import { encodeBase64 } from '../invoker/encode-base64';
import type { OAuthClient, OAuthTokenCache } from './create-oauth-token-cache';
import { resolveSecretValue } from './resolve-secret-value';
import { selectSecurityRequirement } from './select-security-requirement';

/** The credentials to put on one request, and every secret value to mask in what comes back. */
export interface RequestAuth {
  headers: Record<string, string>;
  /** Raw (unencoded) query name and value pairs. */
  query: Array<[string, string]>;
  /** Raw cookie name -> value. */
  cookies: Record<string, string>;
  secrets: string[];
  /** The OAuth2 token used, so a 401 can refresh it once. */
  oauth?: { client: OAuthClient; token: string };
}

/** Resolves credentials for one call (resolver asked per call; OAuth tokens from the server's cache). */
export async function resolveRequestAuth(options: {
  plan: OperationPlan;
  auth: AuthOptions | undefined;
  context: { server: string; tool: string; callContext?: unknown };
  tokenCache: OAuthTokenCache;
  fetch: typeof fetch;
  signal?: AbortSignal;
  /** Relative token URLs are resolved against it. */
  baseUrl: string;
}): Promise<RequestAuth> {
  const result: RequestAuth = { headers: {}, query: [], cookies: {}, secrets: [] };
  const auth = options.auth;
  if (!auth) return result;
  // Identifiers (a basic-auth username, an OAuth client id) are resolved like secrets but not masked in results.
  const identify = (value: SecretValue) => resolveSecretValue({ value, auth, context: options.context });
  const resolve = async (value: SecretValue) => {
    const secret = await identify(value);
    result.secrets.push(secret);
    return secret;
  };
  // Developer-configured static credentials apply to every call, `security: []` included.
  for (const [name, value] of Object.entries(auth.headers ?? {})) {
    const secret = await resolve(value);
    result.headers[name] = secret;
    // "Bearer abc…": the token alone is a secret too (an API may echo it without the scheme word).
    const word = secret.split(' ').pop();
    if (word && word !== secret) result.secrets.push(word);
  }
  for (const [name, value] of Object.entries(auth.query ?? {})) result.query.push([name, await resolve(value)]);
  for (const [name, value] of Object.entries(auth.cookies ?? {})) result.cookies[name] = await resolve(value);

  for (const selected of selectSecurityRequirement({ plan: options.plan, auth })) {
    const credentials = auth.schemes![selected.name];
    await applyScheme({ ...options, result, scheme: selected.scheme, scopes: selected.scopes, credentials, resolve, identify });
  }
  return result;
}

async function applyScheme(options: {
  result: RequestAuth;
  scheme: SecurityScheme;
  scopes: string[];
  credentials: SchemeCredentials;
  resolve: (value: SecretValue) => Promise<string>;
  identify: (value: SecretValue) => Promise<string>;
  tokenCache: OAuthTokenCache;
  fetch: typeof fetch;
  signal?: AbortSignal;
  baseUrl: string;
}): Promise<void> {
  const { result, scheme, credentials, resolve, identify } = options;
  const isSecret = typeof credentials === 'string' || 'credential' in credentials;
  if (typeof credentials === 'string') {
    await applyToken({ result, scheme, token: await resolve(credentials) });
    return;
  }
  if (scheme.type === 'http' && String(scheme.scheme).toLowerCase() === 'basic' && 'username' in credentials) {
    const username = await identify(credentials.username);
    const password = await resolve(credentials.password);
    result.secrets.push(`${username}:${password}`);
    result.headers.Authorization = `Basic ${encodeBase64(`${username}:${password}`)}`;
    return;
  }
  if (scheme.type === 'oauth2' && !isSecret && 'clientId' in credentials) {
    const flow = (scheme as { flows?: { clientCredentials?: { tokenUrl?: string } } }).flows?.clientCredentials;
    const client: OAuthClient = {
      tokenUrl: new URL(credentials.tokenUrl ?? String(flow?.tokenUrl ?? ''), options.baseUrl).href,
      clientId: await identify(credentials.clientId),
      clientSecret: await resolve(credentials.clientSecret),
      scopes: credentials.scopes ?? options.scopes,
    };
    const token = await options.tokenCache.token({ client, fetch: options.fetch, signal: options.signal });
    result.secrets.push(token);
    result.headers.Authorization = `Bearer ${token}`;
    result.oauth = { client, token };
    return;
  }
  await applyToken({ result, scheme, token: await resolve(credentials as SecretValue) });
}

/** A single secret: an API key where the scheme says, else a bearer token (http bearer, openIdConnect, a ready OAuth2 token). */
async function applyToken(options: { result: RequestAuth; scheme: SecurityScheme; token: string }): Promise<void> {
  const { result, scheme, token } = options;
  if (scheme.type === 'apiKey') {
    const name = String(scheme.name);
    if (scheme.in === 'header') result.headers[name] = token;
    else if (scheme.in === 'query') result.query.push([name, token]);
    else result.cookies[name] = token;
    return;
  }
  result.headers.Authorization = `Bearer ${token}`;
}
