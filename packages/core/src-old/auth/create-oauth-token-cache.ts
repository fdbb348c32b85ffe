/** OAuth2 client-credentials tokens for one server: fetched from the token URL, cached until near expiry, shared by concurrent calls. */

import { OAuthTokenRequestError } from './oauth-token-request-error';

/** What identifies one token: the token URL, the client and the scopes. */
export interface OAuthClient {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  scopes: string[];
}

/** The token cache of one server. */
export interface OAuthTokenCache {
  /** A valid access token, from the cache or freshly fetched. */
  token(options: { client: OAuthClient; fetch: typeof fetch; signal?: AbortSignal }): Promise<string>;
  /** Drops a token the API refused (401), so the next `token` fetches a new one. */
  invalidate(options: { client: OAuthClient; token: string }): void;
}

interface Entry {
  token: string;
  /** Epoch ms after which the token is not used any more. */
  refreshAt: number;
}

/** Creates an empty cache; `now` is injectable for tests. */
export function createOAuthTokenCache(options?: { now?: () => number }): OAuthTokenCache {
  const now = options?.now ?? Date.now;
  const entries = new Map<string, Entry>();
  const pending = new Map<string, Promise<Entry>>();
  const keyOf = (client: OAuthClient) =>
    JSON.stringify([client.tokenUrl, client.clientId, [...client.scopes].sort()]);

  return {
    async token({ client, fetch, signal }) {
      const key = keyOf(client);
      const cached = entries.get(key);
      if (cached && now() < cached.refreshAt) return cached.token;
      let request = pending.get(key);
      if (!request) {
        request = requestToken({ client, fetch, signal, now }).finally(() => pending.delete(key));
        pending.set(key, request);
      }
      const entry = await request;
      entries.set(key, entry);
      return entry.token;
    },
    invalidate({ client, token }) {
      const key = keyOf(client);
      if (entries.get(key)?.token === token) entries.delete(key);
    },
  };
}

async function requestToken(options: {
  client: OAuthClient;
  fetch: typeof fetch;
  signal?: AbortSignal;
  now: () => number;
}): Promise<Entry> {
  const { client } = options;
  const form = new URLSearchParams({ grant_type: 'client_credentials' });
  if (client.scopes.length > 0) form.set('scope', client.scopes.join(' '));
  // RFC 6749 2.3.1: client_secret_basic first (form-encoded id and secret); client_secret_post if refused.
  const basic = btoa(`${encodeURIComponent(client.clientId)}:${encodeURIComponent(client.clientSecret)}`);
  let response = await send(options, form, { Authorization: `Basic ${basic}` });
  if (response.status === 400 || response.status === 401) {
    await response.body?.cancel();
    const posted = new URLSearchParams(form);
    posted.set('client_id', client.clientId);
    posted.set('client_secret', client.clientSecret);
    response = await send(options, posted, {});
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new OAuthTokenRequestError({
      status: response.status,
      message: `The OAuth2 token request to ${client.tokenUrl} failed with HTTP ${response.status}.`,
    });
  }
  let payload: { access_token?: unknown; expires_in?: unknown };
  try {
    payload = (await response.json()) as typeof payload;
  } catch {
    throw new OAuthTokenRequestError({ status: response.status, message: `The OAuth2 token endpoint ${client.tokenUrl} did not answer JSON.` });
  }
  if (typeof payload.access_token !== 'string' || payload.access_token === '') {
    throw new OAuthTokenRequestError({ status: response.status, message: `The OAuth2 token endpoint ${client.tokenUrl} returned no access_token.` });
  }
  const lifetimeMs = Number(payload.expires_in) > 0 ? Number(payload.expires_in) * 1000 : 3_600_000;
  // Refresh a little before expiry: 10 % of the lifetime, at most a minute.
  const margin = Math.min(60_000, lifetimeMs * 0.1);
  return { token: payload.access_token, refreshAt: options.now() + lifetimeMs - margin };
}

async function send(
  options: { client: OAuthClient; fetch: typeof fetch; signal?: AbortSignal },
  form: URLSearchParams,
  headers: Record<string, string>,
): Promise<Response> {
  try {
    return await options.fetch(options.client.tokenUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json', ...headers },
      body: form.toString(),
      redirect: 'error',
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new OAuthTokenRequestError({ status: 0, message: `The OAuth2 token request to ${options.client.tokenUrl} failed: network error.` });
  }
}
