import { startForeignServer, type ForeignServer } from '@apiwire/fixtures';
import { getEventListeners } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestTool, testParameter } from '../../test/create-test-tool';

let api: ForeignServer;
let foreign: ForeignServer;
/** Bytes the streaming endpoint managed to write before the client hung up. */
let streamedBytes = 0;
const attempts = new Map<string, number>();

beforeAll(async () => {
  foreign = await startForeignServer();
  api = await startForeignServer({
    respond(request, response) {
      const url = new URL(request.url, 'http://x');
      const count = (attempts.get(url.pathname) ?? 0) + 1;
      attempts.set(url.pathname, count);
      const path = url.pathname.replace(/^\/v1/, '');
      switch (path) {
        case '/json':
          response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end('{"a":[1,2],"b":"é"}');
          return true;
        case '/problem':
          response.writeHead(200, { 'content-type': 'application/problem+json' }).end('{"x":1}');
          return true;
        case '/text':
          response.writeHead(200, { 'content-type': 'text/csv' }).end('id,total\n1,500\n');
          return true;
        case '/binary':
          response.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([137, 80, 78, 71]));
          return true;
        case '/empty':
          response.writeHead(204).end();
          return true;
        case '/missing':
          response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"No such invoice: in_9"}}');
          return true;
        case '/stream-json':
        case '/stream-text': {
          // An endless body: the client must stop reading at the cap and hang up.
          response.writeHead(200, { 'content-type': path === '/stream-json' ? 'application/json' : 'text/plain' });
          const chunk = Buffer.alloc(64 * 1024, path === '/stream-json' ? ' ' : 'x');
          const write = () => {
            while (!response.destroyed && streamedBytes < 512 * 1024 * 1024) {
              streamedBytes += chunk.length;
              if (!response.write(chunk)) return void response.once('drain', write);
            }
            response.end();
          };
          write();
          return true;
        }
        case '/slow':
          setTimeout(() => response.writeHead(200).end('{}'), 2_000);
          return true;
        case '/flaky':
          if (count < 3) response.writeHead(503, { 'retry-after': '0' }).end();
          else response.writeHead(200, { 'content-type': 'application/json' }).end(`{"attempt":${count}}`);
          return true;
        case '/busy':
          response.writeHead(429, { 'retry-after': '3600' }).end();
          return true;
        case '/teapot':
          response.writeHead(502).end();
          return true;
        case '/redirect-same':
          response.writeHead(302, { location: '/v1/json' }).end();
          return true;
        case '/redirect-307':
          response.writeHead(307, { location: `/v1/json-echo` }).end();
          return true;
        case '/redirect-foreign':
          response.writeHead(302, { location: `${foreign.url}/steal` }).end();
          return true;
        case '/redirect-loop':
          response.writeHead(302, { location: '/v1/redirect-loop' }).end();
          return true;
        default:
          return false;
      }
    },
  });
});
afterAll(async () => {
  await api.close();
  await foreign.close();
});

const get = (path: string, server: Parameters<typeof createTestTool>[0]['server'] = {}) =>
  createTestTool({ baseUrl: `${api.url}/v1`, path, zod: z.object({}), server });

describe('responses', () => {
  it('parses JSON (and +json) and reports the content type and request', async () => {
    expect(await get('/json').invoke({})).toEqual({
      ok: true,
      status: 200,
      data: { a: [1, 2], b: 'é' },
      contentType: 'application/json; charset=utf-8',
      headers: { 'content-type': 'application/json; charset=utf-8', date: expect.any(String) },
      request: { method: 'GET', url: `${api.url}/v1/json` },
    });
    expect(await get('/problem').invoke({})).toMatchObject({ ok: true, data: { x: 1 } });
  });

  it('returns text as a string and binary as { contentType, size, base64 }', async () => {
    expect(await get('/text').invoke({})).toMatchObject({ ok: true, data: 'id,total\n1,500\n' });
    expect(await get('/binary').invoke({})).toMatchObject({
      ok: true,
      data: { contentType: 'image/png', size: 4, base64: Buffer.from([137, 80, 78, 71]).toString('base64') },
    });
  });

  it('returns 204 as a success with null data', async () => {
    expect(await get('/empty').invoke({})).toMatchObject({ ok: true, status: 204, data: null });
  });

  it('returns 4xx as an http_error with the status and parsed body', async () => {
    expect(await get('/missing').invoke({})).toEqual({
      ok: false,
      status: 404,
      error: { kind: 'http_error', message: 'HTTP 404: No such invoice: in_9', body: { error: { message: 'No such invoice: in_9' } } },
      request: { method: 'GET', url: `${api.url}/v1/missing` },
    });
  });

  it('stops reading JSON at the cap: the bytes received, marked truncated, and the rest of the body is never downloaded', async () => {
    streamedBytes = 0;
    const result = await get('/stream-json', { maxResponseBytes: 4096 }).invoke({});
    expect(result, JSON.stringify(result).slice(0, 300)).toMatchObject({ ok: true, status: 200, truncated: true, data: ' '.repeat(4096) });
    expect(result).not.toHaveProperty('totalBytes'); // a streamed body declares no length
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(streamedBytes).toBeLessThan(64 * 1024 * 1024);
  });

  it('returns binary over the cap as the bytes received, marked truncated', async () => {
    expect(await get('/binary', { maxResponseBytes: 3 }).invoke({})).toEqual(
      expect.objectContaining({ ok: true, status: 200, truncated: true, data: { contentType: 'image/png', size: 3, base64: Buffer.from([137, 80, 78]).toString('base64') } }),
    );
  });

  it('cuts text at the cap and marks it truncated', async () => {
    streamedBytes = 0;
    const result = await get('/stream-text', { maxResponseBytes: 1000 }).invoke({});
    expect(result).toMatchObject({ ok: true, truncated: true });
    expect(result.ok && (result.data as string).length).toBe(1000);
    expect(streamedBytes).toBeLessThan(64 * 1024 * 1024);
  });
});

describe('transport', () => {
  it('uses the injected fetch, read at call time', async () => {
    const seen: string[] = [];
    const tool = get('/json', {
      fetch: async (input, init) => {
        seen.push(input instanceof Request ? input.url : String(input));
        return globalThis.fetch(input, init);
      },
    });
    expect((await tool.invoke({})).ok).toBe(true);
    expect(seen).toEqual([`${api.url}/v1/json`]);
  });

  it('times out with kind timeout', async () => {
    const result = await get('/slow', { timeoutMs: 100 }).invoke({});
    expect(result).toMatchObject({ ok: false, error: { kind: 'timeout' } });
  });

  it('rejects with the abort reason when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = get('/slow').invoke({}, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('user cancelled')), 50);
    await expect(pending).rejects.toThrow('user cancelled');
  });

  it('leaves no listener on a long-lived caller signal, however many calls and retries it spans', async () => {
    const run = new AbortController();
    const tool = get('/flaky', { retry: { retries: 3, minDelayMs: 1 } });
    for (let call = 0; call < 20; call++) {
      attempts.delete('/v1/flaky');
      expect(await tool.invoke({}, { signal: run.signal })).toMatchObject({ ok: true, data: { attempt: 3 } });
    }
    // 60 attempts and 40 backoff waits each listened to the run's signal while they lasted
    expect(getEventListeners(run.signal, 'abort')).toHaveLength(0);
  });

  it('retries idempotent methods on 503, honouring Retry-After', async () => {
    attempts.delete('/v1/flaky');
    const result = await get('/flaky', { retry: { retries: 3, minDelayMs: 1 } }).invoke({});
    expect(result).toMatchObject({ ok: true, data: { attempt: 3 } });
  });

  it('does not wait past maxDelayMs for a Retry-After: the 429 comes back', async () => {
    attempts.delete('/v1/busy');
    const result = await get('/busy', { retry: { retries: 3, minDelayMs: 1, maxDelayMs: 100 } }).invoke({});
    expect(result).toMatchObject({ ok: false, status: 429, error: { kind: 'http_error' } });
    expect(attempts.get('/v1/busy')).toBe(1);
  });

  it('never retries POST unless retryNonIdempotent', async () => {
    const post = (retryNonIdempotent: boolean) =>
      createTestTool({
        baseUrl: `${api.url}/v1`,
        method: 'POST',
        path: '/teapot',
        zod: z.object({}),
        server: { retry: { retries: 2, minDelayMs: 1, retryNonIdempotent } },
      });
    attempts.delete('/v1/teapot');
    expect(await post(false).invoke({})).toMatchObject({ ok: false, status: 502 });
    expect(attempts.get('/v1/teapot')).toBe(1);
    attempts.delete('/v1/teapot');
    await post(true).invoke({});
    expect(attempts.get('/v1/teapot')).toBe(3);
  });

  it('retries a network error for GET, then reports kind network', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    let calls = 0;
    const tool = createTestTool({
      baseUrl: `http://127.0.0.1:${port}`,
      path: '/x',
      zod: z.object({}),
      server: {
        retry: { retries: 2, minDelayMs: 1 },
        fetch: (input, init) => {
          calls++;
          return globalThis.fetch(input, init);
        },
      },
    });
    expect(await tool.invoke({})).toMatchObject({ ok: false, error: { kind: 'network' } });
    expect(calls).toBe(3);
  });
});

describe('origins and redirects', () => {
  it('follows a redirect within the origin', async () => {
    expect(await get('/redirect-same').invoke({})).toMatchObject({ ok: true, data: { a: [1, 2], b: 'é' }, request: { url: `${api.url}/v1/json` } });
  });

  it('re-sends method and body on 307', async () => {
    const post = createTestTool({
      baseUrl: `${api.url}/v1`,
      method: 'POST',
      path: '/redirect-307',
      body: { mediaType: 'application/json', mediaTypes: ['application/json'], required: true, mode: 'spread', fields: [{ property: 'a', name: 'a' }], schema: {} },
      zod: z.object({ a: z.number() }),
    });
    const result = await post.invoke({ a: 1 });
    expect(result).toMatchObject({ ok: true, data: { method: 'POST', url: '/v1/json-echo', body: '{"a":1}' } });
  });

  it('returns a cross-origin redirect as a result and never follows it', async () => {
    const before = foreign.requests.length;
    const result = await get('/redirect-foreign', { auth: { headers: { Authorization: 'Bearer s3cret-token' } } }).invoke({});
    expect(result).toMatchObject({ ok: false, status: 302, error: { kind: 'http_error', body: { location: `${foreign.url}/steal` } } });
    expect(foreign.requests.length).toBe(before);
  });

  it('follows a redirect to an allowed origin', async () => {
    const result = await get('/redirect-foreign', { allowedOrigins: [foreign.url] }).invoke({});
    expect(result).toMatchObject({ ok: true, data: { url: '/steal' } });
  });

  it('stops after 5 redirects', async () => {
    attempts.delete('/v1/redirect-loop');
    const result = await get('/redirect-loop').invoke({});
    expect(result).toMatchObject({ ok: false, status: 302, error: { kind: 'http_error' } });
    expect(attempts.get('/v1/redirect-loop')).toBe(6);
  });

  it('ignores an operation server on another origin unless the developer allowed it', async () => {
    const make = (allowedOrigins: string[]) =>
      createTestTool({
        baseUrl: `${api.url}/v1`,
        path: '/json',
        zod: z.object({}),
        plan: { servers: [`${foreign.url}/upload`] },
        server: { allowedOrigins, auth: { headers: { 'X-Api-Key': 'k3y-value' } } },
      });
    const before = foreign.requests.length;
    expect(await make([]).invoke({})).toMatchObject({ ok: true, request: { url: `${api.url}/v1/json` } });
    expect(foreign.requests.length).toBe(before);
    expect(await make([foreign.url]).invoke({})).toMatchObject({ ok: true, request: { url: `${foreign.url}/upload/json` } });
    expect(foreign.requests.length).toBe(before + 1);
  });

  it('refuses a path template that would move the request to another host, before any approval is asked', async () => {
    const asked: unknown[] = [];
    const hostile = createTestTool({
      baseUrl: api.url,
      path: `@${new URL(foreign.url).host}/x`,
      zod: z.object({}),
      requiresApproval: true,
      server: { approve: (request) => asked.push(request) > 0 },
    });
    const before = foreign.requests.length;
    const result = await hostile.invoke({});
    expect(result).toMatchObject({ ok: false, error: { kind: 'denied' } });
    expect(foreign.requests.length).toBe(before);
    expect(asked).toEqual([]);
  });

  it('keeps path values inside the base path', async () => {
    const tool = createTestTool({
      baseUrl: `${api.url}/v1`,
      path: '/files/{name}',
      parameters: [testParameter('name', 'path')],
      zod: z.object({ name: z.string() }),
    });
    const result = await tool.invoke({ name: '../../admin' });
    expect(result).toMatchObject({ ok: true, data: { url: '/v1/files/..%2F..%2Fadmin' } });
  });
});

describe('approval gate', () => {
  it('sends nothing for an approval-gated tool without approval, and sends with it', async () => {
    const tool = createTestTool({ baseUrl: `${api.url}/v1`, method: 'DELETE', path: '/things', zod: z.object({}), requiresApproval: true });
    const before = api.requests.length;
    expect(await tool.invoke({})).toMatchObject({ ok: false, error: { kind: 'denied' }, request: { method: 'DELETE', url: `${api.url}/v1/things` } });
    expect(api.requests.length).toBe(before);
    expect(await tool.invoke({}, { approval: { approved: true } })).toMatchObject({ ok: true });
    expect(api.requests.length).toBe(before + 1);
  });
});
