import { startForeignServer, type ForeignServer } from '@apiwire/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { BodyBinding } from '../operation-plan';
import { createTestTool, testParameter } from '../../test/create-test-tool';

let server: ForeignServer;
beforeAll(async () => {
  server = await startForeignServer();
});
afterAll(() => server.close());

const parameter = testParameter;
const tool = (options: Omit<Parameters<typeof createTestTool>[0], 'baseUrl'>) => createTestTool({ baseUrl: `${server.url}/v1`, ...options });

const last = () => server.requests[server.requests.length - 1];

describe('path parameters', () => {
  it('serialises simple, label and matrix styles, each value one encoded segment', async () => {
    const get = tool({
      path: '/items/{id}/{labels}/{point}',
      parameters: [
        parameter('id', 'path'),
        parameter('labels', 'path', { style: 'label', explode: false, schema: { type: 'array' } }),
        parameter('point', 'path', { style: 'matrix', explode: true, schema: { type: 'object' } }),
      ],
      zod: z.object({ id: z.string(), labels: z.array(z.string()), point: z.object({ x: z.number(), y: z.number() }) }),
    });
    const result = await get.invoke({ id: 'a/b?c#d', labels: ['x', 'y z'], point: { x: 1, y: 2 } });
    expect(result.ok).toBe(true);
    expect(last().url).toBe('/v1/items/a%2Fb%3Fc%23d/.x,y%20z/;x=1;y=2');
    expect(result.request).toEqual({ method: 'GET', url: `${server.url}/v1/items/a%2Fb%3Fc%23d/.x,y%20z/;x=1;y=2` });
  });

  it.each(['..', '.', '%2e%2e', '%2E%2E', '%2e', '.%2e', '%252e%252e', ''])('refuses %j as a path value and sends nothing', async (value) => {
    const get = tool({ path: '/files/{name}', parameters: [parameter('name', 'path')], zod: z.object({ name: z.string() }) });
    const before = server.requests.length;
    const result = await get.invoke({ name: value });
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid_input', issues: [{ path: 'name' }] } });
    expect(server.requests.length).toBe(before);
  });

  it('keeps a dot inside a longer value', async () => {
    const get = tool({ path: '/files/{name}', parameters: [parameter('name', 'path')], zod: z.object({ name: z.string() }) });
    expect((await get.invoke({ name: 'report.v2..pdf' })).ok).toBe(true);
    expect(last().url).toBe('/v1/files/report.v2..pdf');
  });
});

describe('query parameters', () => {
  it('serialises form (explode on and off), spaceDelimited, pipeDelimited, deepObject and content', async () => {
    const get = tool({
      path: '/search',
      parameters: [
        parameter('tags', 'query', { schema: { type: 'array' } }),
        parameter('ids', 'query', { explode: false, schema: { type: 'array' } }),
        parameter('words', 'query', { style: 'spaceDelimited', explode: false, schema: { type: 'array' } }),
        parameter('codes', 'query', { style: 'pipeDelimited', explode: false, schema: { type: 'array' } }),
        parameter('filter', 'query', { style: 'deepObject', explode: true, schema: { type: 'object' } }),
        parameter('where', 'query', { contentType: 'application/json', schema: { type: 'object' } }),
        parameter('q', 'query'),
      ],
      zod: z.object({
        tags: z.array(z.string()),
        ids: z.array(z.number()),
        words: z.array(z.string()),
        codes: z.array(z.string()),
        filter: z.object({ status: z.string(), total: z.object({ gte: z.number() }) }),
        where: z.object({ a: z.number() }),
        q: z.string(),
      }),
    });
    const result = await get.invoke({
      tags: ['a', 'b'],
      ids: [1, 2],
      words: ['x', 'y'],
      codes: ['p', 'q'],
      filter: { status: 'open', total: { gte: 10 } },
      where: { a: 1 },
      q: 'a&b=c d',
    });
    expect(result.ok).toBe(true);
    expect(last().url).toBe(
      '/v1/search?tags=a&tags=b&ids=1,2&words=x%20y&codes=p|q&filter[status]=open&filter[total][gte]=10&where=%7B%22a%22%3A1%7D&q=a%26b%3Dc%20d',
    );
  });

  it('leaves reserved characters with allowReserved but never lets a value add a parameter', async () => {
    const get = tool({
      path: '/r',
      parameters: [parameter('next', 'query', { allowReserved: true })],
      zod: z.object({ next: z.string() }),
    });
    await get.invoke({ next: '/a/b:c?x&api_key=stolen#f' });
    expect(last().url).toBe('/v1/r?next=/a/b:c%3Fx%26api_key%3Dstolen%23f');
    expect(last().query).toEqual({ next: '/a/b:c?x&api_key=stolen#f' });
  });
});

describe('header and cookie parameters', () => {
  const make = () =>
    tool({
      path: '/h',
      parameters: [
        parameter('requestId', 'header', { name: 'X-Request-Id' }),
        parameter('session', 'cookie'),
        parameter('authorization', 'header', { name: 'Authorization', required: false }),
      ],
      zod: z.object({ requestId: z.string(), session: z.string().optional(), authorization: z.string().optional() }),
    });

  it('sends headers and cookies by their wire names', async () => {
    const result = await make().invoke({ requestId: 'r-1', session: 'a b;c=d' });
    expect(result.ok).toBe(true);
    expect(last().headers['x-request-id']).toBe('r-1');
    expect(last().headers.cookie).toBe('session=a%20b%3Bc%3Dd');
  });

  it.each(['a\r\nX-Injected: 1', 'a\nb', 'a\rb', 'a\u0000b', 'a\u007fb'])('refuses control characters in a header value (%j)', async (value) => {
    const before = server.requests.length;
    const result = await make().invoke({ requestId: value });
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid_input', issues: [{ path: 'requestId' }] } });
    expect(server.requests.length).toBe(before);
  });

  it('refuses control characters in a cookie value', async () => {
    const before = server.requests.length;
    const result = await make().invoke({ requestId: 'ok', session: 'x\r\nSet-Cookie: a=b' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid_input', issues: [{ path: 'session' }] } });
    expect(server.requests.length).toBe(before);
  });

  it('never takes an Authorization header parameter from the input', async () => {
    await make().invoke({ requestId: 'r', authorization: 'Bearer model-made-this-up' });
    expect(last().headers.authorization).toBeUndefined();
  });
});

describe('request bodies', () => {
  const spread = (mediaType: string, fields: string[], extra: Partial<BodyBinding> = {}): BodyBinding => ({
    mediaType,
    mediaTypes: [mediaType],
    required: true,
    mode: 'spread',
    fields: fields.map((name) => ({ property: name, name })),
    schema: { type: 'object' },
    ...extra,
  });

  it('sends JSON (and +json) with wire names from the plan', async () => {
    const post = tool({
      method: 'POST',
      path: '/things',
      body: { ...spread('application/merge-patch+json', []), fields: [{ property: 'body_name', name: 'name' }, { property: 'count', name: 'count' }] },
      parameters: [parameter('name', 'query')],
      zod: z.object({ name: z.string(), body_name: z.string(), count: z.number() }),
    });
    const result = await post.invoke({ name: 'q', body_name: 'b', count: 2 });
    expect(result.ok).toBe(true);
    expect(last().headers['content-type']).toBe('application/merge-patch+json');
    expect(JSON.parse(last().body)).toEqual({ name: 'b', count: 2 });
    expect(last().url).toBe('/v1/things?name=q');
  });

  it('sends form-urlencoded bodies: lists of values as repeated fields by default, objects and deepObject fields in bracket form as Stripe expects', async () => {
    const post = tool({
      method: 'POST',
      path: '/payments',
      body: spread('application/x-www-form-urlencoded', ['amount', 'metadata', 'items', 'expand', 'tags', 'codes', 'events', 'description'], {
        encoding: {
          metadata: { style: 'deepObject', explode: true },
          expand: { style: 'deepObject', explode: true },
          tags: { style: 'form', explode: true },
          codes: { style: 'form', explode: false },
        },
      }),
      zod: z.object({
        amount: z.number(),
        metadata: z.record(z.string(), z.string()),
        items: z.array(z.object({ price: z.string(), quantity: z.number() })),
        expand: z.array(z.string()),
        tags: z.array(z.string()),
        codes: z.array(z.string()),
        events: z.array(z.string()),
        description: z.string().nullable(),
      }),
    });
    const result = await post.invoke({
      amount: 500,
      metadata: { order_id: '42', 'a b': 'c&d' },
      items: [{ price: 'p_1', quantity: 2 }],
      expand: ['customer', 'invoice'],
      tags: ['a', 'b'],
      codes: ['x', 'y'],
      events: ['factor.created', 'factor.deleted'],
      description: null,
    });
    expect(result.ok).toBe(true);
    expect(last().headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(decodeURIComponent(last().body.replace(/\+/g, ' '))).toBe(
      'amount=500&metadata[order_id]=42&metadata[a b]=c&d&items[0][price]=p_1&items[0][quantity]=2&expand[0]=customer&expand[1]=invoice&tags=a&tags=b&codes=x,y&events=factor.created&events=factor.deleted&description=',
    );
    expect([...new URLSearchParams(last().body)]).toContainEqual(['metadata[a b]', 'c&d']);
  });

  it('sends multipart with files given as a data URL, base64, or an object with filename and content type', async () => {
    const post = tool({
      method: 'POST',
      path: '/upload',
      body: spread('multipart/form-data', ['file', 'other', 'note', 'meta'], {
        binaryFields: ['file', 'other'],
        encoding: { file: { contentType: 'application/pdf' } },
      }),
      zod: z.object({ file: z.unknown(), other: z.unknown(), note: z.string(), meta: z.object({ a: z.number() }) }),
    });
    const pdf = '%PDF-1.4 tiny';
    const result = await post.invoke({
      file: `data:application/pdf;base64,${Buffer.from(pdf).toString('base64')}`,
      other: { base64: Buffer.from([0, 1, 2, 255]).toString('base64'), filename: 'raw.bin', contentType: 'application/x-raw' },
      note: 'hello',
      meta: { a: 1 },
    });
    expect(result.ok).toBe(true);
    expect(last().headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    const text = Buffer.from(last().bodyBytes).toString('latin1');
    expect(text).toContain('name="file"; filename="file"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 tiny\r\n');
    expect(text).toContain('name="other"; filename="raw.bin"\r\nContent-Type: application/x-raw\r\n\r\n\u0000\u0001\u0002\u00ff\r\n');
    expect(text).toContain('name="note"\r\n\r\nhello\r\n');
    expect(text).toContain('name="meta"\r\n\r\n{"a":1}\r\n');
  });

  it('refuses a file that is neither base64 nor a data URL', async () => {
    const post = tool({
      method: 'POST',
      path: '/upload',
      body: spread('multipart/form-data', ['file'], { binaryFields: ['file'] }),
      zod: z.object({ file: z.string() }),
    });
    const before = server.requests.length;
    const result = await post.invoke({ file: 'not base64 at all!' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid_input', issues: [{ path: 'file' }] } });
    expect(server.requests.length).toBe(before);
  });

  it('sends text/plain and octet-stream bodies', async () => {
    const wrapped = (mediaType: string): BodyBinding => ({
      mediaType,
      mediaTypes: [mediaType],
      required: true,
      mode: 'wrapped',
      property: 'body',
      schema: { type: 'string' },
    });
    const text = tool({ method: 'PUT', path: '/note', body: wrapped('text/plain'), zod: z.object({ body: z.string() }) });
    expect((await text.invoke({ body: 'héllo\nworld' })).ok).toBe(true);
    expect(last().headers['content-type']).toBe('text/plain');
    expect(last().body).toBe('héllo\nworld');

    const bytes = tool({ method: 'PUT', path: '/blob', body: wrapped('application/octet-stream'), zod: z.object({ body: z.string() }) });
    expect((await bytes.invoke({ body: Buffer.from([9, 8, 7]).toString('base64') })).ok).toBe(true);
    expect(last().headers['content-type']).toBe('application/octet-stream');
    expect([...last().bodyBytes]).toEqual([9, 8, 7]);
  });
});

describe('validation', () => {
  const make = () =>
    tool({
      method: 'POST',
      path: '/contacts/{contactId}/notes',
      parameters: [parameter('contactId', 'path')],
      body: { mediaType: 'application/json', mediaTypes: ['application/json'], required: true, mode: 'spread', fields: [{ property: 'text', name: 'text' }], schema: {} },
      zod: z.object({ contactId: z.string(), text: z.string().min(1) }),
    });

  it('names the missing field and sends nothing', async () => {
    const before = server.requests.length;
    const result = await make().invoke({ text: 'hi' });
    expect(result).toEqual({
      ok: false,
      error: { kind: 'invalid_input', message: 'contactId: required', issues: [{ path: 'contactId', message: 'required' }] },
      request: { method: 'POST', url: `${server.url}/v1/contacts/{contactId}/notes` },
    });
    expect(server.requests.length).toBe(before);
  });

  it('rejects keys the model invented', async () => {
    const before = server.requests.length;
    const result = await make().invoke({ contactId: 'c1', text: 'hi', api_key: 'x' });
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid_input', issues: [{ path: 'api_key' }] } });
    expect(server.requests.length).toBe(before);
  });

  it('reports a wrong type with the field name', async () => {
    const result = await make().invoke({ contactId: 'c1', text: 5 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/^text: /);
  });
});
