/** Resolves a secret: a literal string, or a `{ credential }` reference passed to the developer's resolver per call. */
import type { AuthOptions, SecretValue } from '../load-api-server-options';
import { AuthConfigurationError } from './auth-configuration-error';

/** True for `{ credential: 'name' }`. */
export function isCredentialReference(value: unknown): value is { credential: string } {
  return value !== null && typeof value === 'object' && typeof (value as { credential?: unknown }).credential === 'string';
}

/** Returns the secret's value for this call (rotating tokens: the resolver is asked every time). */
export async function resolveSecretValue(options: {
  value: SecretValue;
  auth: AuthOptions;
  context: { server: string; tool: string; callContext?: unknown };
}): Promise<string> {
  const { value, auth } = options;
  if (typeof value === 'string') return value;
  if (!isCredentialReference(value)) {
    throw new AuthConfigurationError({ message: 'A secret must be a string or { credential: string }.' });
  }
  if (!auth.resolveCredential) {
    throw new AuthConfigurationError({
      message: `auth uses the credential reference "${value.credential}" but auth.resolveCredential is not set.`,
    });
  }
  const resolved = await auth.resolveCredential(value.credential, options.context);
  if (typeof resolved !== 'string') {
    throw new AuthConfigurationError({ message: `auth.resolveCredential("${value.credential}") did not return a string.` });
  }
  return resolved;
}
