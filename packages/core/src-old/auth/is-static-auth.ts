/** True when an `auth` configuration holds only literal secrets: its credentials can be resolved once and reused. */
import type { AuthOptions } from '../load-api-server-options';
import { isCredentialReference } from './resolve-secret-value';

/** No `{ credential }` reference (resolved per call) and no OAuth2 client (tokens expire) anywhere in `auth`. */
export function isStaticAuth(auth: AuthOptions | undefined): boolean {
  if (!auth) return true;
  const values: unknown[] = [
    ...Object.values(auth.headers ?? {}),
    ...Object.values(auth.query ?? {}),
    ...Object.values(auth.cookies ?? {}),
  ];
  for (const credentials of Object.values(auth.schemes ?? {})) {
    if (credentials !== null && typeof credentials === 'object' && 'clientId' in credentials) return false;
    values.push(credentials);
    if (credentials !== null && typeof credentials === 'object' && 'username' in credentials) values.push(credentials.username, credentials.password);
  }
  return !values.some(isCredentialReference);
}
