/** Starts the billing fixture server and loads its spec the way the adapter tests and examples use it. */
import { loadApiServer, type ApiServer, type OperationsOptions } from '@apiwire/core';
import { billingSpecPath, startBillingServer, type FixtureServer } from '@apiwire/fixtures';

/** The operations policy of the tests: admin excluded, refunds gated, reports deferred. */
export const billingOperations: OperationsOptions = {
  exclude: ['tag:admin'],
  requireApproval: ['createRefund'],
  defer: ['tag:reports'],
};

/** A running billing server with a bearer token, and the API loaded against it. */
export async function loadBilling(
  options: { operations?: OperationsOptions } = {},
): Promise<{ billing: FixtureServer; server: ApiServer }> {
  const billing = await startBillingServer({ token: 'test-token' });
  const server = await loadApiServer({
    name: 'billing',
    spec: billingSpecPath,
    baseUrl: billing.url,
    auth: { headers: { Authorization: 'Bearer test-token' } },
    operations: options.operations ?? billingOperations,
  });
  return { billing, server };
}
