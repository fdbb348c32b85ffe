import { mkdtemp, mkdir, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadApiServer, SpecError } from '../index';

const mainSpec = `openapi: 3.0.3
info: { title: remote, version: '1' }
servers: [{ url: /api/v1 }]
paths:
  /pets:
    $ref: './paths/pets.yaml'
  /owners:
    get:
      operationId: listOwners
      parameters:
        - $ref: 'parameters.yaml#/Limit'
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: 'schemas/owner.yaml' }
`;
const petsPath = `get:
  operationId: listPets
  responses:
    '200':
      description: ok
      content:
        application/json:
          schema:
            type: array
            items: { $ref: '../schemas/pet.yaml#/Pet' }
post:
  operationId: createPet
  requestBody:
    required: true
    content:
      application/json:
        schema: { $ref: '../schemas/pet.yaml#/Pet' }
  responses: { '201': { description: created } }
`;
const petSchemas = `Pet:
  type: object
  required: [name]
  properties:
    name: { type: string }
    owner: { $ref: './owner.yaml' }
    parent: { $ref: '#/Pet' }
`;
const ownerSchema = `type: object
properties:
  name: { type: string }
  pets:
    type: array
    items: { $ref: './pet.yaml#/Pet' }
`;
const parameters = `Limit: { name: limit, in: query, schema: { type: integer, maximum: 50 } }\n`;
const files: Record<string, string> = {
  '/openapi.yaml': mainSpec,
  '/paths/pets.yaml': petsPath,
  '/schemas/pet.yaml': petSchemas,
  '/schemas/owner.yaml': ownerSchema,
  '/parameters.yaml': parameters,
  '/foreign.yaml': mainSpec.replace("'parameters.yaml#/Limit'", "'http://127.0.0.1:1/parameters.yaml#/Limit'"),
  '/file-ref.yaml': mainSpec.replace("'parameters.yaml#/Limit'", "'file:///etc/passwd'"),
};

let server: Server;
let origin: string;
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push(path);
    if (path === '/slow.yaml') return void setTimeout(() => response.end(mainSpec), 2_000);
    if (path === '/big.yaml') {
      response.writeHead(200, { 'content-type': 'application/yaml' });
      response.write(`${mainSpec}\n#${'x'.repeat(4_000)}\n`);
      return void setTimeout(() => response.end(`#${'y'.repeat(4_000)}\n`), 20);
    }
    const body = files[path];
    if (body === undefined) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/yaml' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function specError(promise: Promise<unknown>): Promise<SpecError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(SpecError.isInstance(error), String(error)).toBe(true);
  return error as SpecError;
}

function checkPets(loaded: Awaited<ReturnType<typeof loadApiServer>>) {
  expect(loaded.tools.map((tool) => tool.name)).toEqual(['remote_list_pets', 'remote_create_pet', 'remote_list_owners']);
  const create = loaded.tool('remote_create_pet')!;
  expect(Object.keys(create.inputSchema.properties!)).toEqual(['name', 'owner', 'parent']);
  expect(create.inputSchema.required).toEqual(['name']);
  expect(create.inputSchema.$defs).toHaveProperty('Pet');
  expect(loaded.tool('remote_list_owners')!.inputSchema.properties!.limit).toEqual({ type: 'integer', maximum: 50 });
  expect(create.zodSchema.safeParse({ name: 'Rex', parent: { name: 'Max', owner: { pets: [{ name: 'Rex' }] } } }).success).toBe(true);
  expect(create.zodSchema.safeParse({ name: 'Rex', parent: { owner: {} } }).success).toBe(false);
}

describe('specs from a URL', () => {
  it('downloads the spec, follows same-origin relative refs, resolves a relative server against it', async () => {
    const loaded = await loadApiServer({ name: 'remote', spec: `${origin}/openapi.yaml` });
    expect(loaded.baseUrl).toBe(`${origin}/api/v1`);
    checkPets(loaded);
    expect(requests).toEqual(expect.arrayContaining(['/openapi.yaml', '/paths/pets.yaml', '/schemas/pet.yaml', '/schemas/owner.yaml', '/parameters.yaml']));
  });

  it('uses the injected fetch', async () => {
    const seen: string[] = [];
    const loaded = await loadApiServer({
      name: 'remote',
      spec: new URL('/openapi.yaml', origin),
      fetch: (input, init) => {
        seen.push(String(input));
        return fetch(input, init);
      },
    });
    expect(loaded.tools).toHaveLength(3);
    expect(seen[0]).toBe(`${origin}/openapi.yaml`);
    expect(seen).toHaveLength(5);
  });

  it('refuses cross-origin and file: refs unless allowed', async () => {
    const foreign = await specError(loadApiServer({ name: 'remote', spec: `${origin}/foreign.yaml` }));
    expect(foreign.pointer).toBe('/paths/~1owners/get/parameters/0');
    expect(foreign.message).toContain('allowCrossOriginRefs');
    const allowed = await specError(loadApiServer({ name: 'remote', spec: `${origin}/foreign.yaml`, specLoading: { allowCrossOriginRefs: true } }));
    expect(allowed.message).toContain('could not be loaded');
    const file = await specError(loadApiServer({ name: 'remote', spec: `${origin}/file-ref.yaml`, specLoading: { allowCrossOriginRefs: true } }));
    expect(file.pointer).toBe('/paths/~1owners/get/parameters/0');
  });

  it('fails clearly on HTTP errors, timeouts and oversize specs', async () => {
    const missing = await specError(loadApiServer({ name: 'remote', spec: `${origin}/nope.yaml` }));
    expect(missing.message).toContain('HTTP 404');
    const slow = await specError(loadApiServer({ name: 'remote', spec: `${origin}/slow.yaml`, specLoading: { timeoutMs: 100 } }));
    expect(slow.message).toContain('timed out after 100 ms');
    const big = await specError(loadApiServer({ name: 'remote', spec: `${origin}/big.yaml`, specLoading: { maxBytes: 5_000 } }));
    expect(big.message).toContain('5000-byte limit');
    const declared = await specError(loadApiServer({ name: 'remote', spec: `${origin}/openapi.yaml`, specLoading: { maxBytes: 10 } }));
    expect(declared.message).toContain('10-byte limit');
    const refused = await specError(loadApiServer({ name: 'remote', spec: 'http://127.0.0.1:1/openapi.yaml' }));
    expect(refused.message).toContain('Downloading the spec failed');
  });
});

describe('specs from files', () => {
  it('follows relative refs across files, as a path and as a file: URL', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'apiwire-refs-'));
    await mkdir(join(directory, 'paths'));
    await mkdir(join(directory, 'schemas'));
    for (const [path, text] of Object.entries(files)) await writeFile(join(directory, path), text);
    const fromPath = await loadApiServer({ name: 'remote', spec: join(directory, 'openapi.yaml'), baseUrl: 'https://api.test' });
    checkPets(fromPath);
    const fromUrl = await loadApiServer({ name: 'remote', spec: pathToFileURL(join(directory, 'openapi.yaml')), baseUrl: 'https://api.test' });
    expect(fromUrl.tools.map((tool) => tool.inputSchema)).toEqual(fromPath.tools.map((tool) => tool.inputSchema));
    await writeFile(join(directory, 'broken.yaml'), mainSpec.replace('schemas/owner.yaml', 'schemas/missing.yaml'));
    const broken = await specError(loadApiServer({ name: 'remote', spec: join(directory, 'broken.yaml'), baseUrl: 'https://api.test' }));
    expect(broken.pointer).toBe('/paths/~1owners/get/responses/200/content/application~1json/schema');
    expect(broken.message).toContain('missing.yaml');
  });
});

describe('file specs read only inside their folder', () => {
  const secret = '{ "type": "object", "properties": { "aws_secret_access_key": { "const": "AKIA-NOT-FOR-THE-MODEL" } } }';
  const specWith = (ref: string, where: 'operation' | 'component') => `openapi: 3.0.3
info: { title: t, version: '1' }
paths:
  /things:
    post:
      operationId: createThing
      requestBody:
        content:
          application/json:
            schema: ${where === 'operation' ? `{ $ref: '${ref}' }` : '{ type: object, properties: { name: { type: string } } }'}
      responses: { '200': { description: ok } }
components:
  schemas:
    Unused: ${where === 'component' ? `{ $ref: '${ref}' }` : '{ type: string }'}
    Local: { $ref: '#/components/schemas/Missing' }
`;
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'apiwire-root-'));
    await mkdir(join(directory, 'spec', 'schemas'), { recursive: true });
    await mkdir(join(directory, 'secret'));
    await writeFile(join(directory, 'secret', 'x.json'), secret);
    await writeFile(join(directory, 'spec', 'schemas', 'thing.json'), '{ "type": "object", "properties": { "name": { "type": "string" } } }');
    await symlink(join(directory, 'secret', 'x.json'), join(directory, 'spec', 'schemas', 'link.json'));
    const specs: Record<string, string> = {
      'inside.yaml': specWith('./schemas/thing.json', 'operation'),
      'outside.yaml': specWith('../secret/x.json', 'operation'),
      'absolute.yaml': specWith(pathToFileURL(join(directory, 'secret', 'x.json')).href, 'operation'),
      'link.yaml': specWith('./schemas/link.json', 'operation'),
      'unused.yaml': specWith('../secret/x.json', 'component'),
      'missing.yaml': specWith('./schemas/none.json', 'component'),
    };
    for (const [name, text] of Object.entries(specs)) await writeFile(join(directory, 'spec', name), text);
  });
  const load = (name: string, root?: string) =>
    loadApiServer({ name: 't', spec: join(directory, 'spec', name), baseUrl: 'https://api.test', ...(root ? { specLoading: { root } } : {}) });

  it("follows refs inside the spec's folder", async () => {
    const loaded = await load('inside.yaml');
    expect(loaded.tool('t_create_thing')!.inputSchema.properties).toHaveProperty('name');
  });

  it("refuses a ref out of the folder, an absolute file: ref and a link out of it, naming the pointer; specLoading.root widens the folder", async () => {
    const outside = await specError(load('outside.yaml'));
    expect(outside.pointer).toBe('/paths/~1things/post/requestBody/content/application~1json/schema');
    expect(outside.message).toContain('specLoading.root');
    expect(outside.message).not.toContain('AKIA');
    const absolute = await specError(load('absolute.yaml', directory));
    expect(absolute.message).toContain('absolute file $ref');
    const link = await specError(load('link.yaml'));
    expect(link.message).toContain("outside the spec's folder");
    const widened = await load('outside.yaml', directory);
    expect(JSON.stringify(widened.tools[0].inputSchema)).toContain('AKIA-NOT-FOR-THE-MODEL');
  });

  it('loads with a warning when no operation needs the unresolvable ref, and reads nothing outside the folder', async () => {
    const unused = await load('unused.yaml');
    expect(unused.tools).toHaveLength(1);
    expect(JSON.stringify(unused)).not.toContain('AKIA');
    expect(unused.warnings).toEqual([
      { pointer: '/components/schemas/Unused', message: expect.stringContaining("The $ref '../secret/x.json' leaves the spec's folder") },
      { pointer: '/components/schemas/Local/$ref', message: "The $ref '#/components/schemas/Missing' points to nothing; no operation uses it, so the spec loads without it" },
    ]);
    const missing = await load('missing.yaml');
    expect(missing.warnings[0]).toEqual({ pointer: '/components/schemas/Unused', message: expect.stringMatching(/none\.json could not be loaded: The spec file does not exist.*no operation uses it/) });
  });

  it("loads RestBench's Spotify spec as published, with a warning for the policy file it does not ship (and its one schema repair)", async () => {
    const spotify = await loadApiServer({ name: 'spotify', spec: fileURLToPath(new URL('../../../../fixtures/restbench/spotify_oas.json', import.meta.url)) });
    expect(spotify.tools).toHaveLength(40);
    expect(spotify.warnings).toEqual([
      { pointer: '/components/x-spotify-policy', message: expect.stringContaining("The $ref '../policies.yaml' leaves the spec's folder") },
      {
        pointer: '/paths/~1me~1tracks/put/requestBody/content/application~1json/schema/required',
        operation: 'PUT /me/tracks',
        tool: 'spotify_save_tracks_user',
        message: 'required names uris, which properties lacks; each is now a property taking any value',
      },
    ]);
  });
});
