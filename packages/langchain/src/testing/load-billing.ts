/** Starts the billing fixture server and loads its spec the way the LangChain tests use it. */
import { loadApiServer, type ApiServer } from '@apiwire/core';
import { billingSpecPath, startBillingServer, type FixtureServer } from '@apiwire/fixtures';

/** A running billing server (`server`) and the API loaded against it (`billing`): admin excluded, refunds gated, reports deferred. */
export async function loadBilling(): Promise<{ server: FixtureServer; billing: ApiServer }> {
  const server = await startBillingServer({ token: 'test-token' });
  const billing = await loadApiServer({
    name: 'billing',
    spec: billingSpecPath,
    baseUrl: server.url,
    auth: { headers: { Authorization: 'Bearer test-token' } },
    operations: { exclude: ['tag:admin'], requireApproval: ['tag:refunds'], defer: ['tag:reports'] },
  });
  return { server, billing };
}
