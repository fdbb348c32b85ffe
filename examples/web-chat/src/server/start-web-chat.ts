/**
 * The web chat's server: the billing API registered with apiwire, `POST /api/chat` for `useChat`,
 * `GET /api/info` for the page's header, and the built page (dist/) for everything else.
 */
import { loadApiServer } from '@apiwire/core';
import { billingSpecPath, startBillingServer, type FixtureServer } from '@apiwire/fixtures';
import type { LanguageModel } from 'ai';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { fileApprovalClaims } from './file-approval-claims';
import { handleChat } from './handle-chat';

/** Options of `startWebChat`. */
export interface StartWebChatOptions {
  model: LanguageModel;
  /** Says which model this is, on the page. */
  modelLabel: string;
  /** True when the model's turns come from a script (the page says so). */
  scripted: boolean;
  /** Port on 127.0.0.1 (default 0: a free one). */
  port?: number;
  /** Signs approvals (default: TOOL_APPROVAL_SECRET, else 32 random bytes for this process). */
  approvalSecret?: string | Uint8Array;
  /**
   * Where approvals carried out are recorded, so none runs twice (default: a temporary folder removed on close).
   * With the same folder and secret, a restarted chat takes the approvals its predecessor issued, once each.
   */
  approvalsFolder?: string;
  /** The billing API to use, already running with token `web-chat-token` (default: one started here, closed on close). */
  billing?: FixtureServer;
}

/** A running web chat: its URL, the billing API behind it (whose `requests` a test can read), and `close`. */
export interface WebChat {
  url: string;
  billing: FixtureServer;
  close(): Promise<void>;
}

const pageFolder = fileURLToPath(new URL('../../dist', import.meta.url));

/** Starts the billing API and the web chat in front of it. */
export async function startWebChat(options: StartWebChatOptions): Promise<WebChat> {
  if (!existsSync(`${pageFolder}/index.html`)) {
    throw new Error(`The page is not built (no ${pageFolder}/index.html): run \`pnpm build\` in examples/web-chat.`);
  }
  const billing = options.billing ?? (await startBillingServer({ token: 'web-chat-token' }));
  const approvalsFolder = options.approvalsFolder ?? mkdtempSync(join(tmpdir(), 'web-chat-approvals-'));
  const claimApproval = fileApprovalClaims({ folder: approvalsFolder });
  const api = await loadApiServer({
    name: 'billing',
    spec: billingSpecPath,
    baseUrl: billing.url,
    auth: { schemes: { bearerAuth: 'web-chat-token' } },
    operations: { exclude: ['tag:admin'], requireApproval: 'mutating', defer: ['tag:reports'] },
  });
  const approvalSecret = options.approvalSecret ?? process.env.TOOL_APPROVAL_SECRET ?? randomBytes(32);
  const info = JSON.stringify({
    model: options.modelLabel,
    scripted: options.scripted,
    api: {
      title: api.info.title,
      url: billing.url,
      tools: api.tools.length,
      deferred: api.tools.filter((tool) => tool.deferred).length,
      gated: api.tools.filter((tool) => tool.requiresApproval).length,
    },
  });
  const page = sirv(pageFolder, { etag: true });
  const server = createServer((request, response) => {
    if (request.method === 'POST' && request.url === '/api/chat') {
      handleChat({ request, response, api, model: options.model, approvalSecret, claimApproval }).catch((error: unknown) => {
        console.error(error);
        if (!response.headersSent) response.writeHead(500);
        response.end();
      });
    } else if (request.method === 'GET' && request.url === '/api/info') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(info);
    } else {
      page(request, response, () => {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    billing,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (options.billing === undefined) await billing.close();
      if (options.approvalsFolder === undefined) rmSync(approvalsFolder, { recursive: true, force: true });
    },
  };
}
