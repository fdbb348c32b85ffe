import { startForeignServer, startOAuthServer, type ForeignServer, type OAuthServer } from '@apiwire/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { OperationPlan } from '../operation-plan';
import { createTestTool, testParameter } from '../../test/create-test-tool';
import type { LoadApiServerOptions } from '../load-api-server-options';
import { AuthConfigurationError } from './auth-configuration-error';

let echo: ForeignServer;
let oauth: OAuthServer;
beforeAll(async () => {
  echo = await startForeignServer({
    respond(request, response) {
      // A careless API: its errors quote the credentials it was sent.
      if (request.path === '/denied') {
        response
          .writeHead(401, { 'content-type': 'application/json' })
          .end(JSON.stringify({ message: `bad credentials: ${request.headers.authorization} ${request.url} ${request.headers.cookie}` }));
        return true;
      }
      if (request.path === '/text-echo') {
        response.writeHead(500, { 'content-type': 'text/plain' }).end(JSON.stringify(request.headers) + request.url);
        return true;
      }
      if (request.path === '/away') {
        response.writeHead(302, { location: `http://127.0.0.2:9/collect?key=${request.query.api_key}` }).end();
        return true;
      }
      return false;
    },
  });
  oauth = await startOAuthServer({ clients: { 'client-1': 'client-secret-xyz' } });
});
afterAll(async () => {
  await echo.close();
  await oauth.close();
});

const schemes: OperationPlan['securitySchemes'] = {
  bearer: { type: 'http', scheme: 'bearer' },
  basic: { type: 'http', scheme: 'basic' },
  headerKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
  queryKey: { type: 'apiKey', in: 'query', name: 'api_key' },
  cookieKey: { type: 'apiKey', in: 'cookie', name: 'sid' },
  oauth: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: '/oauth/token', scopes: { read: 'read' } } } },
};

const tool = (options: {
  path?: string;
  security?: OperationPlan['security'];
  server: Partial<LoadApiServerOptions>;
  baseUrl?: string;
  parameters?: Parameters<typeof createTestTool>[0]['parameters'];
  zod?: z.ZodType;
}) =>
  createTestTool({
    baseUrl: options.baseUrl ?? echo.url,
    path: options.path ?? '/echo',
    parameters: options.parameters,
    zod: options.zod ?? z.object({}),
    plan: { security: options.security, securitySchemes: { ...schemes, oauth: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: `${oauth.url}/oauth/token` } } } } },
    server: options.server,
  });

const last = () => echo.requests[echo.requests.length - 1];

describe('static auth', () => {
  it('sends static headers, query and cookies, and masks them in the result', async () => {
    const result = await tool({
      server: { auth: { headers: { Authorization: 'Bearer static-token-1' }, query: { key: 'query-secret-1' }, cookies: { s: 'cookie-secret-1' } } },
    }).invoke({});
    expect(last().headers.authorization).toBe('Bearer static-token-1');
    expect(last().query.key).toBe('query-secret-1');
    expect(last().headers.cookie).toBe('s=cookie-secret-1');
    expect(result.request?.url).toBe(`${echo.url}/echo?key=***`);
    expect(JSON.stringify(result)).not.toMatch(/static-token-1|query-secret-1|cookie-secret-1/);
  });

  it('asks the resolver on every call, so rotating tokens work', async () => {
    let counter = 0;
    const contexts: unknown[] = [];
    const rotating = tool({
      server: {
        auth: {
          headers: { Authorization: { credential: 'billing-token' } },
          resolveCredential: async (reference, context) => {
            contexts.push({ reference, ...context });
            return `Bearer rotated-${++counter}`;
          },
        },
      },
    });
    await rotating.invoke({});
    expect(last().headers.authorization).toBe('Bearer rotated-1');
    await rotating.invoke({});
    expect(last().headers.authorization).toBe('Bearer rotated-2');
    expect(contexts[0]).toEqual({ reference: 'billing-token', server: 'test', tool: 'test_tool' });
  });

  it('returns a failure without the resolver message when the resolver fails, and sends nothing', async () => {
    const before = echo.requests.length;
    const failing = tool({
      server: {
        auth: {
          headers: { Authorization: { credential: 'vault' } },
          resolveCredential: async () => {
            throw new Error('vault says: token leak-resolver-ZZZZ expired');
          },
        },
      },
    });
    const result = await failing.invoke({});
    expect(result).toMatchObject({ ok: false, error: { kind: 'network', message: 'Could not resolve the credentials for this call.' } });
    expect(JSON.stringify(result)).not.toContain('leak-resolver-ZZZZ');
    expect(echo.requests.length).toBe(before);
  });

  it('throws AuthConfigurationError when a reference has no resolver', () => {
    expect(() => tool({ server: { auth: { headers: { Authorization: { credential: 'x' } } } } })).toThrow(
      expect.objectContaining({ name: 'ApiwireAuthConfigurationError' }),
    );
    try {
      tool({ server: { auth: { headers: { Authorization: { credential: 'x' } } } } });
    } catch (error) {
      expect(AuthConfigurationError.isInstance(error)).toBe(true);
    }
  });
});

describe('security schemes', () => {
  it('applies http bearer and basic', async () => {
    await tool({ security: [{ bearer: [] }], server: { auth: { schemes: { bearer: 'bearer-secret-2' } } } }).invoke({});
    expect(last().headers.authorization).toBe('Bearer bearer-secret-2');
    await tool({ security: [{ basic: [] }], server: { auth: { schemes: { basic: { username: 'ann', password: 'pässword-3' } } } } }).invoke({});
    expect(Buffer.from(last().headers.authorization.replace('Basic ', ''), 'base64').toString('utf8')).toBe('ann:pässword-3');
  });

  it('applies apiKey in header, query and cookie, together when one requirement names them all', async () => {
    const result = await tool({
      security: [{ headerKey: [], queryKey: [], cookieKey: [] }],
      server: { auth: { schemes: { headerKey: 'hk-secret', queryKey: 'qk-secret', cookieKey: 'ck-secret' } } },
    }).invoke({});
    expect(last().headers['x-api-key']).toBe('hk-secret');
    expect(last().query.api_key).toBe('qk-secret');
    expect(last().headers.cookie).toBe('sid=ck-secret');
    expect(result.request?.url).toBe(`${echo.url}/echo?api_key=***`);
  });

  it('uses the first alternative whose credentials are configured', async () => {
    await tool({ security: [{ oauth: [] }, { headerKey: [] }, { bearer: [] }], server: { auth: { schemes: { bearer: 'b-4', headerKey: 'h-4' } } } }).invoke({});
    expect(last().headers['x-api-key']).toBe('h-4');
    expect(last().headers.authorization).toBeUndefined();
  });

  it('sends no scheme credentials when security is [] (static headers still apply)', async () => {
    await tool({
      security: [],
      server: { auth: { headers: { 'X-Static': 'static-5' }, schemes: { bearer: 'b-5', queryKey: 'q-5' } } },
    }).invoke({});
    expect(last().headers.authorization).toBeUndefined();
    expect(last().url).toBe('/echo');
    expect(last().headers['x-static']).toBe('static-5');
  });

  it('never lets the model set an auth-managed query parameter', async () => {
    const result = await tool({
      security: [{ queryKey: [] }],
      parameters: [testParameter('api_key', 'query')],
      zod: z.object({ api_key: z.string() }),
      server: { auth: { schemes: { queryKey: 'real-key-6' } } },
    }).invoke({ api_key: 'model-key' });
    expect(last().query.api_key).toBe('real-key-6');
    expect(result.request?.url).toBe(`${echo.url}/echo?api_key=***`);
  });
});

describe('OAuth2 client credentials', () => {
  const oauthTool = (server: Partial<LoadApiServerOptions> = {}) =>
    createTestTool({
      baseUrl: oauth.url,
      path: '/me',
      zod: z.object({}),
      plan: { security: [{ oauth: ['read'] }], securitySchemes: schemes },
      server: { auth: { schemes: { oauth: { clientId: 'client-1', clientSecret: 'client-secret-xyz' } } }, ...server },
    });

  it('fetches a token, caches it, and refreshes it once after a 401', async () => {
    const me = oauthTool();
    const issued = oauth.tokensIssued;
    const first = await me.invoke({});
    expect(first, JSON.stringify(first)).toMatchObject({ ok: true, data: { client: "client-1", scope: "read" } });
    expect(await me.invoke({})).toMatchObject({ ok: true });
    expect(oauth.tokensIssued).toBe(issued + 1);
    oauth.revokeAll();
    expect(await me.invoke({})).toMatchObject({ ok: true, data: { client: 'client-1' } });
    expect(oauth.tokensIssued).toBe(issued + 2);
  });

  it('returns an error without the secret when the client is refused', async () => {
    const bad = createTestTool({
      baseUrl: oauth.url,
      path: '/me',
      zod: z.object({}),
      plan: { security: [{ oauth: [] }], securitySchemes: schemes },
      server: { auth: { schemes: { oauth: { clientId: 'client-1', clientSecret: 'wrong-secret-7' } } } },
    });
    const result = await bad.invoke({});
    expect(result).toMatchObject({ ok: false, status: 401, error: { kind: 'http_error' } });
    expect(JSON.stringify(result)).not.toContain('wrong-secret-7');
  });

  it('refuses to send the client secret to a token URL on another origin', () => {
    expect(() =>
      createTestTool({
        baseUrl: echo.url,
        path: '/me',
        zod: z.object({}),
        plan: { security: [{ oauth: [] }], securitySchemes: { oauth: { type: 'oauth2', flows: { clientCredentials: { tokenUrl: `${oauth.url}/oauth/token` } } } } },
        server: { auth: { schemes: { oauth: { clientId: 'client-1', clientSecret: 'client-secret-xyz' } } } },
      }),
    ).toThrow(/not the API's origin/);
  });
});

describe('credentials never leak', () => {
  const secrets = ['leak-bearer-AAAA', 'leak-static-BBBB', 'leak-query-CCCC', 'leak-cookie-DDDD', 'leak-pass-EEEE'];
  const server: Partial<LoadApiServerOptions> = {
    timeoutMs: 300,
    auth: {
      headers: { 'X-Static': 'leak-static-BBBB' },
      cookies: { c: { credential: 'cookie' } },
      resolveCredential: () => 'leak-cookie-DDDD',
      schemes: { bearer: 'leak-bearer-AAAA', queryKey: 'leak-query-CCCC', basic: { username: 'u', password: 'leak-pass-EEEE' } },
    },
  };

  it.each([
    ['an echoed success', '/echo', [{ bearer: [], queryKey: [] }]],
    ['an error quoting the request', '/denied', [{ bearer: [], queryKey: [] }]],
    ['a text error quoting the headers', '/text-echo', [{ basic: [], queryKey: [] }]],
    ['a redirect to another origin', '/away', [{ bearer: [], queryKey: [] }]],
  ] as const)('keeps secrets out of %s', async (_, path, security) => {
    const result = await tool({ path, security: security as unknown as OperationPlan['security'], server }).invoke({});
    const text = JSON.stringify(result);
    expect(echo.requests.length).toBeGreaterThan(0);
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).toContain('***');
  });

  it('keeps secrets out of network errors and timeouts', async () => {
    const down = await tool({ baseUrl: 'http://127.0.0.1:9', security: [{ queryKey: [] }], server }).invoke({});
    expect(down).toMatchObject({ ok: false, error: { kind: 'network' } });
    for (const secret of secrets) expect(JSON.stringify(down)).not.toContain(secret);
  });
});

describe('OAuth2 token endpoint variants', () => {
  it('falls back to client_secret_post, and shares one token request between concurrent calls', async () => {
    const postOnly = await startOAuthServer({ clients: { 'client-2': 'secret-two-xyz' }, clientAuthentication: 'post' });
    try {
      const me = createTestTool({
        baseUrl: postOnly.url,
        path: '/me',
        zod: z.object({}),
        plan: { security: [{ oauth: [] }], securitySchemes: schemes },
        server: { auth: { schemes: { oauth: { clientId: 'client-2', clientSecret: 'secret-two-xyz', scopes: ['a', 'b'] } } } },
      });
      const results = await Promise.all([me.invoke({}), me.invoke({}), me.invoke({})]);
      for (const result of results) expect(result).toMatchObject({ ok: true, data: { client: 'client-2', scope: 'a b' } });
      expect(postOnly.tokensIssued).toBe(1);
      expect(postOnly.tokenRequests.map((request) => request.method)).toEqual(['none', 'post']);
    } finally {
      await postOnly.close();
    }
  });

  it('refreshes a token that is near expiry', async () => {
    const shortLived = await startOAuthServer({ clients: { c: 'secret-three-xyz' }, expiresIn: 1 });
    try {
      const me = createTestTool({
        baseUrl: shortLived.url,
        path: '/me',
        zod: z.object({}),
        plan: { security: [{ oauth: [] }], securitySchemes: schemes },
        server: { auth: { schemes: { oauth: { clientId: 'c', clientSecret: 'secret-three-xyz' } } } },
      });
      await me.invoke({});
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(await me.invoke({})).toMatchObject({ ok: true });
      expect(shortLived.tokensIssued).toBe(2);
    } finally {
      await shortLived.close();
    }
  });
});
