import { readFile } from 'node:fs/promises';
import { fixtureSpecPath } from '@apiwire/fixtures';
import { describe, expect, it } from 'vitest';
import { loadApiServer, SpecError } from '../index';
import { parseSpecText } from './parse-spec-text';

// A broken spec either loads (what it can use, the rest as warnings) or throws one SpecError with a JSON pointer:
// never a TypeError from deep inside the loader. Each real fixture spec gets the same few hundred mutations on
// every run (a seeded generator): a node replaced by a value of the wrong kind, deleted, or given a junk key.
// For a longer hunt: MUTATIONS=1500 MUTATION_SEED=2 [MUTATION_SPECS=stripe-2023-09-12.yaml,…] npx vitest run
// src/load/load-mutated-specs.test.ts --testTimeout=600000

const mutationsPerSpec = Number(process.env.MUTATIONS ?? 100);
const replacements: unknown[] = [
  null, 0, -1, 1.5, 'text', '', true, [], {}, ['a', 1, null], { type: 'nonsense' }, { $ref: '#/nowhere' },
  { $ref: '#/components/schemas' }, { $ref: 'other-file.yaml#/x' }, { $ref: 42 }, { oneOf: 'x' }, { properties: [] },
];

/** mulberry32: small, seeded, the same sequence everywhere. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every (container, key) below the root, as a path. */
function locations(node: unknown, path: Array<string | number> = [], out: Array<Array<string | number>> = []) {
  if (node === null || typeof node !== 'object') return out;
  for (const [key, value] of Object.entries(node)) {
    const here = [...path, Array.isArray(node) ? Number(key) : key];
    out.push(here);
    locations(value, here, out);
  }
  return out;
}

/** One mutation of a copy of `document`, and a description of it for the failure message. */
function mutate(document: unknown, random: () => number): { spec: Record<string, unknown>; change: string } {
  const spec = structuredClone(document) as Record<string, unknown>;
  const all = locations(spec);
  const path = all[Math.floor(random() * all.length)];
  const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], spec);
  const key = path[path.length - 1];
  const choice = random();
  const where = `/${path.join('/')}`;
  if (choice < 0.2 && !Array.isArray(parent)) {
    delete parent[key];
    return { spec, change: `deleted ${where}` };
  }
  if (choice < 0.3 && parent[key] !== null && typeof parent[key] === 'object' && !Array.isArray(parent[key])) {
    parent[key].__junk__ = replacements[Math.floor(random() * replacements.length)];
    return { spec, change: `added __junk__ under ${where}` };
  }
  const value = replacements[Math.floor(random() * replacements.length)];
  parent[key] = structuredClone(value);
  return { spec, change: `${where} := ${JSON.stringify(value)}` };
}

const okFetch: typeof fetch = async () => new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });

const specs = process.env.MUTATION_SPECS?.split(',') ?? [
  'billing.yaml',
  'petstore3.yaml',
  'forms.yaml',
  'readmeio-oas2.0_petstore-expanded.json',
  'readmeio-oas3.0_polymorphism.json',
  'readmeio-oas3.1_schema-types.json',
  'readmeio-oas3.0_schema-circular.json',
];

describe.each(specs)('mutated %s', (file) => {
  it(`${mutationsPerSpec} mutations: each loads or throws one SpecError with a pointer, and every loaded tool works`, async () => {
    const document = await parseSpecText({ text: await readFile(fixtureSpecPath(file), 'utf8'), source: file });
    const random = seeded(file.length * 7919 + Number(process.env.MUTATION_SEED ?? 0));
    const outcomes = { loaded: 0, specErrors: 0 };
    for (let index = 0; index < mutationsPerSpec; index++) {
      const { spec, change } = mutate(document, random);
      try {
        const api = await loadApiServer({ name: 'api', spec, baseUrl: 'https://api.test', fetch: okFetch });
        outcomes.loaded += 1;
        for (const tool of api.tools) {
          expect(tool.inputSchema.type, change).toBe('object');
          expect(() => JSON.stringify(tool.inputSchema), change).not.toThrow();
          expect(() => tool.zodSchema.safeParse({}), change).not.toThrow();
          expect(() => tool.outputSchema, change).not.toThrow();
          const result = await tool.invoke({});
          expect(typeof result.ok, change).toBe('boolean');
        }
      } catch (error) {
        if (!SpecError.isInstance(error)) throw new Error(`${change}: ${String(error)}`, { cause: error });
        outcomes.specErrors += 1;
        expect(error.pointer === '' || error.pointer.startsWith('/'), `${change}: pointer ${error.pointer}`).toBe(true);
      }
    }
    // The mutations reach both outcomes (today 2 to 10 refusals per spec): most specs still load, some are refused.
    expect(outcomes.loaded).toBeGreaterThan(0);
    expect(outcomes.specErrors).toBeGreaterThan(0);
  });
});
