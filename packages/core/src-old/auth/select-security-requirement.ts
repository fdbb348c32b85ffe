/** Picks the security requirement to satisfy: the first alternative whose every scheme has credentials configured. */
import type { AuthOptions } from '../load-api-server-options';
import type { OperationPlan, SecurityScheme } from '../operation-plan';

/** One scheme to apply: its name, its definition, the scopes the requirement asks for. */
export interface SelectedScheme {
  name: string;
  scheme: SecurityScheme;
  scopes: string[];
}

/** True when the configured credentials can satisfy this scheme. */
export function isSchemeSupported(scheme: SecurityScheme | undefined, credentials: unknown): boolean {
  if (!scheme || credentials === undefined) return false;
  const isSecret = typeof credentials === 'string' || (credentials !== null && typeof credentials === 'object' && 'credential' in credentials);
  if (scheme.type === 'http') {
    const kind = String(scheme.scheme).toLowerCase();
    if (kind === 'basic') return credentials !== null && typeof credentials === 'object' && 'username' in credentials;
    return kind === 'bearer' && isSecret;
  }
  if (scheme.type === 'apiKey') return isSecret && ['header', 'query', 'cookie'].includes(String(scheme.in));
  if (scheme.type === 'oauth2') {
    if (isSecret) return true;
    return credentials !== null && typeof credentials === 'object' && 'clientId' in credentials;
  }
  if (scheme.type === 'openIdConnect') return isSecret;
  return false;
}

/**
 * `security: []` (or an empty alternative chosen first) sends no scheme credentials. With `security`
 * unspecified, every scheme the developer configured credentials for is applied. Otherwise the first
 * alternative that is fully configured wins; when none is, nothing is sent (the API answers 401). Either way the
 * configured schemes of `plan.requiredSchemes` (their parameter is declared required) are applied too.
 */
export function selectSecurityRequirement(options: { plan: OperationPlan; auth: AuthOptions | undefined }): SelectedScheme[] {
  const { plan } = options;
  const configured = options.auth?.schemes ?? {};
  if (plan.security === undefined) {
    return Object.keys(configured)
      .filter((name) => isSchemeSupported(plan.securitySchemes[name], configured[name]))
      .map((name) => ({ name, scheme: plan.securitySchemes[name], scopes: [] }));
  }
  const chosen = plan.security.find((requirement) =>
    Object.keys(requirement).every((name) => isSchemeSupported(plan.securitySchemes[name], configured[name])),
  );
  const selected = Object.keys(chosen ?? {}).map((name) => ({ name, scheme: plan.securitySchemes[name], scopes: chosen?.[name] ?? [] }));
  for (const name of plan.requiredSchemes ?? []) {
    if (selected.some((entry) => entry.name === name)) continue;
    if (isSchemeSupported(plan.securitySchemes[name], configured[name])) selected.push({ name, scheme: plan.securitySchemes[name], scopes: [] });
  }
  return selected;
}
