import { loadApiServer, type ApiServer, type ResultViewOptions } from '@apiwire/core';
import { githubPullsSpecPath, librarySpecPath, startLibraryServer, startPullsServer, type FixtureServer } from '@apiwire/fixtures';
import { getEncoding } from 'js-tiktoken';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AdapterHarness, AdapterRun } from './adapter-harness';
import { aiSdkHarness } from './ai-sdk-harness';
import { langChainHarness } from './lang-chain-harness';

let library: FixtureServer;
let pulls: FixtureServer;
let books: ApiServer;
let github: ApiServer;

beforeAll(async () => {
  [library, pulls] = await Promise.all([startLibraryServer(), startPullsServer()]);
  books = await loadApiServer({ name: 'library', spec: librarySpecPath, baseUrl: library.url, results: { select: true } });
  github = await loadApiServer({ name: 'github', spec: githubPullsSpecPath, baseUrl: pulls.url, operations: { include: ['pulls/list'] } });
});
afterAll(async () => {
  await Promise.all([library.close(), pulls.close()]);
});
beforeEach(() => {
  library.reset();
  pulls.reset();
});

/** The exact o200k_base count, the tokenizer the default budget is measured against. */
const encoder = getEncoding('o200k_base');
const exactTokens = (text: string) => encoder.encode(text).length;

/** A JSON view the model read: `{ note, result }` when anything was cut or paged. */
interface Seen {
  note?: string;
  result?: Array<Record<string, unknown>>;
}

/** The inputs a note names after "the same inputs and", read the way a model would. */
function inputsNamedBy(note: string | undefined): Record<string, unknown> {
  const match = /the same inputs and (\{[^}]*\})/.exec(note ?? '');
  if (!match) throw new Error(`The note names no inputs: ${note}`);
  return JSON.parse(match[1]) as Record<string, unknown>;
}

/** Calls `tool` with `first`, then again with the inputs its result's note names, as a model reading it would. */
async function fetchTwoPages(options: {
  harness: AdapterHarness;
  source: ApiServer;
  tool: string;
  first: Record<string, unknown>;
  results?: ResultViewOptions;
}): Promise<{ run: AdapterRun; named: Record<string, unknown> }> {
  let named: Record<string, unknown> = {};
  const run = await options.harness.run({
    source: [options.source],
    ...(options.results === undefined ? {} : { results: options.results }),
    toolCalls: [{ id: 'call_1', name: options.tool, args: options.first }],
    followUp: (seen) => {
      named = inputsNamedBy((JSON.parse(seen('call_1')!.text) as Seen).note);
      return [{ id: 'call_2', name: options.tool, args: { ...options.first, ...named } }];
    },
  });
  return { run, named };
}

describe.each<AdapterHarness>([aiSdkHarness, langChainHarness])('results, every adapter: $name', (harness) => {
  it('a 100-item page is cut to the budget; the model reads the note and fetches the next items with the inputs it names', async () => {
    const first = { per_page: 100, genre: 'history' };
    const { run, named } = await fetchTwoPages({ harness, source: books, tool: 'library_list_books', first });

    expect(run.finalText).toBe('Done.');
    const text = run.seen('call_1')!.text;
    const seen = JSON.parse(text) as Seen;
    const shown = seen.result!.length;
    expect(seen.note).toContain(`Showing ${shown} of 100 items (cut to fit 8000 tokens)`);
    expect(shown).toBeGreaterThan(3);
    expect(exactTokens(text)).toBeLessThanOrEqual(8000);
    expect(seen.result!.every((book) => !('url' in book) && !('reviews_url' in book) && 'html_url' in book)).toBe(true);
    expect(named).toEqual({ page: 2, per_page: shown });
    // The second request starts right after the last book the model saw: nothing skipped, nothing twice.
    expect(library.requests.map((request) => request.url)).toEqual([
      '/v1/books?page=1&per_page=100&genre=history', // the schema's default page is filled in
      `/v1/books?page=2&per_page=${shown}&genre=history`,
    ]);
    const next = (JSON.parse(run.seen('call_2')!.text) as Seen).result!;
    expect(next[0].id).toBe((seen.result!.at(-1)!.id as number) + 5);
    // The app's result keeps the whole page.
    const output = run.appResult('call_1');
    expect(output?.ok && (output.data as unknown[]).length).toBe(100);
    expect(output?.ok && output.headers?.link).toContain('rel="next"');
  });

  it('with tables on, the model reads the page as columns and rows and fetches the next items the note names', async () => {
    const first = { per_page: 100, genre: 'history' };
    const { run, named } = await fetchTwoPages({ harness, source: books, tool: 'library_list_books', first, results: { tables: true } });

    const text = run.seen('call_1')!.text;
    expect(exactTokens(text)).toBeLessThanOrEqual(8000);
    const seen = JSON.parse(text) as { note: string; result: { columns: string[]; rows: unknown[][] } };
    const { columns, rows } = seen.result;
    const id = columns.indexOf('id');
    expect(columns.slice(0, 3)).toEqual(['id', 'title', 'genre']);
    expect(seen.note).toContain(`Showing ${rows.length} of 100 items (cut to fit 8000 tokens)`);
    expect(seen.note).toContain('The items are a table');
    expect(named).toEqual({ page: 2, per_page: rows.length });
    const next = JSON.parse(run.seen('call_2')!.text) as { result: { columns: string[]; rows: unknown[][] } };
    expect(next.result.rows[0][next.result.columns.indexOf('id')]).toBe((rows.at(-1)![id] as number) + 5);
    // The app's result is the API's list of objects, whole.
    const output = run.appResult('call_1');
    expect(output?.ok && (output.data as Array<{ id: number }>).map((book) => book.id).slice(0, 2)).toEqual([1, 6]);
    expect(output?.ok && (output.data as unknown[]).length).toBe(100);
  });

  it('takes a budget from the adapter call and the fields the model selects', async () => {
    const run = await harness.run({
      source: [books],
      results: { maxTokens: 600 },
      toolCalls: [
        { id: 'call_all', name: 'library_list_books', args: { per_page: 50 } },
        { id: 'call_some', name: 'library_list_books', args: { per_page: 50, _select: ['id', 'title', 'author.name', 'nope'] } },
      ],
    });

    const all = run.seen('call_all')!.text;
    const some = run.seen('call_some')!.text;
    expect(exactTokens(all)).toBeLessThanOrEqual(600);
    expect(exactTokens(some)).toBeLessThanOrEqual(600);
    const [allSeen, someSeen] = [JSON.parse(all) as Seen, JSON.parse(some) as Seen];
    expect(someSeen.result![0]).toEqual({ id: 1, title: 'Book 1: history volume 1', author: { name: 'Author 2' } });
    expect(someSeen.result!.length).toBeGreaterThan(allSeen.result!.length * 3);
    expect(someSeen.note).toContain('Selected fields not found: nope.');
    // The selection is not sent to the API.
    expect(library.requests.map((request) => request.url)).toEqual(['/v1/books?page=1&per_page=50', '/v1/books?page=1&per_page=50']);
    const schema = books.tool('library_list_books')!.inputSchema.properties as Record<string, { description?: string }>;
    expect(schema._select.description).toMatch(/^Optional: the response fields you need, as dotted paths/);
  });

  it('leaves empty values and media links out of what the model reads and says so; the adapter option keeps them', async () => {
    const call = { id: 'call_book', name: 'library_get_book', args: { bookId: 4 } };
    const compacted = await harness.run({ source: [books], toolCalls: [call] });
    const seen = JSON.parse(compacted.seen('call_book')!.text) as { note: string; result: Record<string, unknown> };
    expect(Object.keys(seen.result)).toEqual(['id', 'title', 'genre', 'author', 'summary', 'isbn', 'published', 'html_url', 'tags']);
    expect(seen.note).toBe(
      'Left out: 3 empty field(s) ("", [], {}), 4 API link field(s) (url, *_url, _links) and 2 media link field(s) (image, audio, video URLs); the app has the full response.',
    );
    // The app's result keeps every field.
    expect(compacted.appResult('call_book')).toMatchObject({ ok: true, data: { subtitle: '', awards: [], ratings: {}, cover_url: 'https://img.library.example/covers/4.jpg' } });

    const kept = await harness.run({ source: [books], toolCalls: [call], results: { compact: { empty: false, media: false } } });
    const keptSeen = JSON.parse(kept.seen('call_book')!.text) as { note: string; result: Record<string, unknown> };
    expect(keptSeen.result).toMatchObject({
      subtitle: '',
      awards: [],
      ratings: {},
      cover_url: 'https://img.library.example/covers/4.jpg',
      thumbnail: 'https://img.library.example/thumbs/4?size=small',
    });
    expect(keptSeen.note).toBe('Left out: 4 API link field(s) (url, *_url, _links); the app has the full response.');
  });

  it('a page over the 1 MiB response cap: the app keeps the bytes received, the model reads whole items as JSON and fetches the rest', async () => {
    const first = { owner: 'octocat', repo: 'hello-world', per_page: 100 };
    const { run, named } = await fetchTwoPages({ harness, source: github, tool: 'github_pulls_list', first });

    const output = run.appResult('call_1');
    expect(output).toMatchObject({ ok: true, status: 200, truncated: true, totalBytes: expect.any(Number) });
    const received = output?.ok ? (output.data as string) : '';
    expect(Buffer.byteLength(received)).toBe(1024 * 1024);
    expect(output?.ok && output.totalBytes).toBeGreaterThan(2_000_000);

    const text = run.seen('call_1')!.text;
    expect(run.seen('call_1')!.error).toBe(false);
    expect(exactTokens(text)).toBeLessThanOrEqual(8000);
    const seen = JSON.parse(text) as Seen;
    const shown = seen.result!.length;
    expect(seen.result!.map((pull) => pull.number)).toEqual(Array.from({ length: shown }, (_, index) => index + 1));
    expect(seen.note).toMatch(/^Showing \d+ of the \d+ items received \(cut to fit 8000 tokens\)\./);
    expect(seen.note).toContain('only the start was received');
    expect(named).toEqual({ page: 2, per_page: shown });
    // (Whether the schema's defaults, state=open and sort=created, are filled in depends on the zod version.)
    expect(pulls.requests.map((request) => request.path)).toEqual(['/repos/octocat/hello-world/pulls', '/repos/octocat/hello-world/pulls']);
    expect(pulls.requests.map((request) => [request.query.per_page, request.query.page])).toEqual([
      ['100', '1'],
      [String(shown), '2'],
    ]);
    const next = JSON.parse(run.seen('call_2')!.text) as Seen | Array<Record<string, unknown>>;
    const nextItems = Array.isArray(next) ? next : next.result!;
    expect(nextItems[0].number).toBe(shown + 1);
  });
});
