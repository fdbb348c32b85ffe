/** What every tool of one server shares when invoking: options, origins, retry settings, the OAuth token cache, the client. */
import type { Client } from 'openapi-fetch';
import type { OAuthTokenCache } from '../auth/create-oauth-token-cache';
import type { LoadApiServerOptions, RetryOptions } from '../load-api-server-options';
import type { Redactor } from './create-redactor';

/** The per-server state behind each tool's `invoke`. */
export interface InvokerContext {
  serverName: string;
  /** The API's base URL (the developer's, else the spec's first server). */
  baseUrl: string;
  options: LoadApiServerOptions;
  isAllowedOrigin: (origin: string) => boolean;
  retry: Required<RetryOptions>;
  timeoutMs: number;
  maxResponseBytes: number;
  tokenCache: OAuthTokenCache;
  /** The redactor for one call's secrets (cached: the same secrets give the same redactor). */
  redactorFor(secrets: string[]): Redactor;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  client: Client<any>;
}
