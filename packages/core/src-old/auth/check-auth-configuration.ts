/** Checks, when a tool is built, that its auth can work and cannot leak: references have a resolver, token URLs are trusted. */
import type { AuthOptions, SecretValue } from '../load-api-server-options';
import type { OperationPlan } from '../operation-plan';
import { AuthConfigurationError } from './auth-configuration-error';
import { isCredentialReference } from './resolve-secret-value';

/** Throws AuthConfigurationError for a credential reference without `resolveCredential`, or an OAuth2 token URL on an origin the developer did not allow. */
export function checkAuthConfiguration(options: {
  plan: OperationPlan;
  auth: AuthOptions | undefined;
  isAllowedOrigin: (origin: string) => boolean;
  /** Relative token URLs are resolved against it. */
  baseUrl: string;
}): void {
  const auth = options.auth;
  if (!auth) return;
  const secrets: SecretValue[] = [
    ...Object.values(auth.headers ?? {}),
    ...Object.values(auth.query ?? {}),
    ...Object.values(auth.cookies ?? {}),
  ];
  for (const credentials of Object.values(auth.schemes ?? {})) {
    if (typeof credentials === 'string' || isCredentialReference(credentials)) secrets.push(credentials);
    else if ('username' in credentials) secrets.push(credentials.username, credentials.password);
    else if ('clientId' in credentials) secrets.push(credentials.clientId, credentials.clientSecret);
  }
  const reference = secrets.find(isCredentialReference);
  if (reference && !auth.resolveCredential) {
    throw new AuthConfigurationError({
      message: `auth uses the credential reference "${reference.credential}" but auth.resolveCredential is not set.`,
    });
  }
  for (const [name, credentials] of Object.entries(auth.schemes ?? {})) {
    const scheme = options.plan.securitySchemes[name];
    if (!scheme || scheme.type !== 'oauth2' || typeof credentials !== 'object' || !('clientId' in credentials)) continue;
    if (credentials.tokenUrl) continue; // set by the developer: trusted
    const tokenUrl = (scheme as { flows?: { clientCredentials?: { tokenUrl?: string } } }).flows?.clientCredentials?.tokenUrl;
    if (!tokenUrl) {
      throw new AuthConfigurationError({ scheme: name, message: `Security scheme "${name}" has no clientCredentials tokenUrl; set auth.schemes.${name}.tokenUrl.` });
    }
    let origin: string;
    try {
      origin = new URL(tokenUrl, options.baseUrl).origin;
    } catch {
      throw new AuthConfigurationError({ scheme: name, message: `Security scheme "${name}" has an invalid tokenUrl; set auth.schemes.${name}.tokenUrl.` });
    }
    if (!options.isAllowedOrigin(origin)) {
      throw new AuthConfigurationError({
        scheme: name,
        message: `The spec's token URL for "${name}" is on ${origin}, which is not the API's origin: the client secret is not sent there unless you set auth.schemes.${name}.tokenUrl or add the origin to allowedOrigins.`,
      });
    }
  }
}
