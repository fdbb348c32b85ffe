/** `pnpm bench:invoke`: the overhead of `invoke()` over a hand-written fetch call, same GET and POST to a local server. */
import { spawn } from 'node:child_process';
import { loadApiServer } from '@apiwire/core';
import createClient from 'openapi-fetch';
import { runSectionIfMain } from './lib/run-section-if-main';

const calls = 2_000;
const warmup = 200;

const spec = {
  openapi: '3.0.3',
  info: { title: 'Bench', version: '1.0.0' },
  paths: {
    '/items/{id}': {
      get: {
        operationId: 'getItem',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'expand', in: 'query', schema: { type: 'boolean' } },
        ],
        responses: { '200': { description: 'The item.', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
    '/items': {
      post: {
        operationId: 'createItem',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['name', 'price'],
                properties: { name: { type: 'string' }, price: { type: 'integer', minimum: 0 }, tags: { type: 'array', items: { type: 'string' } } },
              },
            },
          },
        },
        responses: { '201': { description: 'Created.', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
};

/** The spec's paths as openapi-typescript would write them, for the hand-written openapi-fetch side. */
interface BenchPaths {
  '/items/{id}': {
    get: {
      parameters: { path: { id: string }; query?: { expand?: boolean } };
      responses: { 200: { headers: Record<string, unknown>; content: { 'application/json': Record<string, unknown> } } };
    };
  };
  '/items': {
    post: {
      parameters: Record<string, never>;
      requestBody: { content: { 'application/json': { name: string; price: number; tags?: string[] } } };
      responses: { 201: { headers: Record<string, unknown>; content: { 'application/json': Record<string, unknown> } } };
    };
  };
}

/** The API: a node:http server in its own process (so its work does not share the client's event loop). */
const serverSource = `
const item = JSON.stringify({ id: 'it_1', name: 'Widget', price: 1250, tags: ['a', 'b'], created_at: '2026-01-01T00:00:00Z' });
const server = require('node:http').createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    response.writeHead(request.method === 'POST' ? 201 : 200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(item) }).end(item);
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(String(server.address().port) + '\\n'));
`;

function signed(percent: number): string {
  return `${percent >= 0 ? '+' : ''}${percent.toFixed(1)} %`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function time(action: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}

/** Runs the benchmark and returns a markdown section. */
export async function run(): Promise<string> {
  const child = spawn(process.execPath, ['-e', serverSource], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
    child.once('exit', (code) => reject(new Error(`the bench server exited (${code})`)));
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    const api = await loadApiServer({ name: 'bench', spec, baseUrl: base, auth: { headers: { Authorization: 'Bearer bench-token' } } });
    const getItem = api.tool('bench_get_item')!;
    const createItem = api.tool('bench_create_item')!;
    const body = { name: 'Widget', price: 1250, tags: ['a', 'b'] };
    const headers = { Accept: 'application/json', Authorization: 'Bearer bench-token' };

    const viaInvoke = {
      GET: async () => {
        const result = await getItem.invoke({ id: 'it_1', expand: true });
        if (!result.ok) throw new Error(JSON.stringify(result));
      },
      POST: async () => {
        const result = await createItem.invoke(body);
        if (!result.ok) throw new Error(JSON.stringify(result));
      },
    };
    const viaFetch = {
      GET: async () => {
        const response = await fetch(`${base}/items/${encodeURIComponent('it_1')}?expand=true`, { headers });
        if (!response.ok) throw new Error(String(response.status));
        await response.json();
      },
      POST: async () => {
        const response = await fetch(`${base}/items`, {
          method: 'POST',
          headers: { ...headers, 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        });
        if (!response.ok) throw new Error(String(response.status));
        await response.json();
      },
    };

    // What a developer writes with openapi-fetch itself and a 30 s timeout (invoke's default): the typed-client peer.
    const client = createClient<BenchPaths>({ baseUrl: base });
    const withTimeout = async (send: (signal: AbortSignal) => Promise<{ error?: unknown; response: Response }>) => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 30_000);
      try {
        const { error, response } = await send(controller.signal);
        if (error !== undefined || !response.ok) throw new Error(String(response.status));
      } finally {
        clearTimeout(timer);
      }
    };
    const viaOpenapiFetch = {
      GET: () =>
        withTimeout((signal) =>
          client.GET('/items/{id}', { params: { path: { id: 'it_1' }, query: { expand: true } }, headers, signal }),
        ),
      POST: () =>
        withTimeout((signal) => client.POST('/items', { body, headers, signal })),
    };
    // The same with the caller's signal (one long-lived run, as an agent passes) and the timeout combined by
    // AbortSignal.any, as the AI SDK does: the alternative to invoke()'s one AbortController per attempt.
    const run = new AbortController();
    const withAny = async (send: (signal: AbortSignal) => Promise<{ error?: unknown; response: Response }>) => {
      const { error, response } = await send(AbortSignal.any([run.signal, AbortSignal.timeout(30_000)]));
      if (error !== undefined || !response.ok) throw new Error(String(response.status));
    };
    const viaOpenapiFetchAny = {
      GET: () =>
        withAny((signal) => client.GET('/items/{id}', { params: { path: { id: 'it_1' }, query: { expand: true } }, headers, signal })),
      POST: () => withAny((signal) => client.POST('/items', { body, headers, signal })),
    };

    const rows: string[] = [];
    for (const method of ['GET', 'POST'] as const) {
      const sides = [viaFetch[method], viaInvoke[method], viaOpenapiFetch[method], viaOpenapiFetchAny[method]];
      for (let index = 0; index < warmup; index++) for (const side of sides) await side();
      const times: number[][] = sides.map(() => []);
      // Rotate the order, so drift in the machine's load hits every side alike.
      for (let index = 0; index < calls; index++) {
        for (let turn = 0; turn < sides.length; turn++) {
          const side = (index + turn) % sides.length;
          times[side].push(await time(sides[side]));
        }
      }
      const [fetchMedian, invokeMedian, clientMedian, anyMedian] = times.map(median);
      const overhead = (invokeMedian / fetchMedian - 1) * 100;
      rows.push(
        `| ${method} | ${fetchMedian.toFixed(3)} ms | ${invokeMedian.toFixed(3)} ms | ${signed(overhead)} | ${overhead <= 15 ? 'yes' : 'no'} | ${clientMedian.toFixed(3)} ms | ${signed((clientMedian / fetchMedian - 1) * 100)} | ${anyMedian.toFixed(3)} ms | ${signed((anyMedian / fetchMedian - 1) * 100)} |`,
      );
    }
    return [
      `${calls} calls per side and method to the same node:http server in another process (loopback, JSON response, bearer header), the sides taking turns in rotating order, after ${warmup} warm-up calls each. \`invoke()\` includes zod validation, serialisation, auth, openapi-fetch, the guarded fetch with its 30 s timeout, and response parsing. Then the same request written by hand with openapi-fetch and a 30 s timeout (an \`AbortController\`), the typed client apiwire is built on; last, that call with a long-lived caller signal and the timeout combined by \`AbortSignal.any([signal, AbortSignal.timeout(30 s)])\` (the AI SDK's way), ${process.version}.`,
      '',
      '| method | fetch median | invoke() median | invoke overhead | within 15 % | openapi-fetch + timeout median | its overhead | openapi-fetch + AbortSignal.any median | its overhead |',
      '|---|---|---|---|---|---|---|---|---|',
      ...rows,
    ].join('\n');
  } finally {
    child.kill();
  }
}

runSectionIfMain(import.meta.url, run);
