import { librarySpecPath, startLibraryServer } from '@apiwire/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { estimateTextTokens, loadApiServer, ResultsOptionError, toModelView, type ApiServer, type ToolResult } from '../index';

type Library = Awaited<ReturnType<typeof startLibraryServer>>;
let library: Library;
let server: ApiServer;

beforeAll(async () => {
  library = await startLibraryServer();
  server = await loadApiServer({ name: 'library', spec: librarySpecPath, baseUrl: library.url });
});
afterAll(async () => {
  await library.close();
});

/** The JSON object inside the first `{…}` after `with` in a note: the inputs it names. */
function inputsNamedBy(note: string): Record<string, unknown> {
  const match = /same inputs and (\{.*?\})[.]/.exec(note);
  if (!match) throw new Error(`no inputs in note: ${note}`);
  return JSON.parse(match[1]) as Record<string, unknown>;
}

describe('toModelView', () => {
  it('cuts a 100-item page to the budget as valid JSON, and the inputs in its note fetch the items right after', async () => {
    const tool = server.tool('library_list_books')!;
    const input = { per_page: 100 };
    const result = await tool.invoke(input);
    expect(result.ok && Array.isArray(result.data) && result.data.length).toBe(100);
    const view = await toModelView({ result, tool, input });
    expect(view.type).toBe('json');
    expect(view.tokens).toBeLessThanOrEqual(8000);
    expect(await estimateTextTokens(view.text)).toBe(view.tokens);
    const shown = JSON.parse(view.text) as { note: string; result: Array<Record<string, unknown>> };
    const count = shown.result.length;
    expect(count).toBeGreaterThan(3);
    expect(count).toBeLessThan(100);
    expect(shown.note).toContain(`Showing ${count} of 100 items`);
    expect(shown.result.map((book) => book.id)).toEqual(Array.from({ length: count }, (_, index) => index + 1));
    const next = inputsNamedBy(shown.note);
    expect(next).toEqual({ page: 2, per_page: count });
    const following = await tool.invoke({ ...input, ...next });
    expect(following.ok && (following.data as Array<{ id: number }>)[0].id).toBe(count + 1);
    // The app's result keeps everything the API sent.
    expect(JSON.stringify(result.ok && result.data)).toContain('"reviews_url"');
  });

  it('leaves nulls, empty values, API links and media links out (links for people stay) and says so', async () => {
    const tool = server.tool('library_get_book')!;
    const result = await tool.invoke({ bookId: 3 });
    const view = await toModelView({ result, tool, input: { bookId: 3 } });
    const shown = JSON.parse(view.text) as { note: string; result: Record<string, unknown> };
    expect(Object.keys(shown.result)).toEqual(['id', 'title', 'genre', 'author', 'summary', 'isbn', 'html_url', 'tags']);
    expect(shown.result.author).toEqual({ id: 4, name: 'Author 4' });
    expect(shown.note).toBe(
      'Left out: 2 null field(s), 3 empty field(s) ("", [], {}), 4 API link field(s) (url, *_url, _links) and 1 media link field(s) (image, audio, video URLs); the app has the full response.',
    );
    const uncompacted = await toModelView({ result, tool, results: { compact: false } });
    expect(uncompacted.value).toEqual(result.ok && result.data);
    expect(uncompacted.note).toBeUndefined();
  });

  it('keeps each kind of compaction when its option is off, and says nothing of a kind it kept', async () => {
    const tool = server.tool('library_get_book')!;
    const result = await tool.invoke({ bookId: 4 });
    const keptEmpty = await toModelView({ result, tool, results: { compact: { empty: false } } });
    const withEmpty = JSON.parse(keptEmpty.text) as { note: string; result: Record<string, unknown> };
    expect(withEmpty.result).toMatchObject({ subtitle: '', awards: [], ratings: {} });
    expect(withEmpty.result).not.toHaveProperty('cover_url');
    expect(withEmpty.note).toBe(
      'Left out: 4 API link field(s) (url, *_url, _links) and 2 media link field(s) (image, audio, video URLs); the app has the full response.',
    );
    const keptMedia = await toModelView({ result, tool, results: { compact: { media: false } } });
    const withMedia = JSON.parse(keptMedia.text) as { note: string; result: Record<string, unknown> };
    expect(withMedia.result).toMatchObject({ cover_url: 'https://img.library.example/covers/4.jpg', thumbnail: 'https://img.library.example/thumbs/4?size=small' });
    expect(withMedia.result).not.toHaveProperty('subtitle');
    expect(withMedia.note).toBe('Left out: 3 empty field(s) ("", [], {}) and 4 API link field(s) (url, *_url, _links); the app has the full response.');
    // Per tool, by selector, from loadApiServer: the same switch.
    const keeping = await loadApiServer({ name: 'library', spec: librarySpecPath, baseUrl: library.url, results: { overrides: [{ match: 'getBook', compact: { empty: false, media: false } }] } });
    const kept = await toModelView({ result, tool: keeping.tool('library_get_book')! });
    expect(kept.value).toMatchObject({ result: { subtitle: '', cover_url: 'https://img.library.example/covers/4.jpg' } });
    expect(kept.note).toBe('Left out: 4 API link field(s) (url, *_url, _links); the app has the full response.');
  });

  it('tells media links from other strings, and never removes list items', async () => {
    const data = {
      name: 'Ada',
      profileImageUrl: 'https://cdn.example/u/1',
      badge: 'https://ci.example/build/status.svg?branch=main',
      clip: 'https://media.example/talks/1.MP4',
      inline_icon: 'data:image/png;base64,iVBORw0KGgo=',
      image: 'ubuntu-24.04',
      homepage: 'https://ada.example/photos',
      photos: ['https://cdn.example/p/1.jpg', ''],
      emojis: { tada: 'https://cdn.example/e/tada.png', rocket: 'https://cdn.example/e/rocket.png' },
      empty: { notes: '', tags: [] },
    };
    const view = await toModelView({ result: { ok: true, status: 200, contentType: 'application/json', data } });
    expect(view.value).toEqual({
      note: 'Left out: 2 empty field(s) ("", [], {}) and 4 media link field(s) (image, audio, video URLs); the app has the full response.',
      result: {
        name: 'Ada',
        image: 'ubuntu-24.04',
        homepage: 'https://ada.example/photos',
        photos: ['https://cdn.example/p/1.jpg', ''],
        emojis: { tada: 'https://cdn.example/e/tada.png', rocket: 'https://cdn.example/e/rocket.png' },
        empty: {},
      },
    });
    // Nulls and empty values carry no value: alone, they are left out without a note.
    const bare = await toModelView({ result: { ok: true, status: 200, contentType: 'application/json', data: { id: 7, email: null, metadata: {}, tags: [] } } });
    expect(bare).toMatchObject({ type: 'json', value: { id: 7 }, text: '{"id":7}' });
    expect(bare.note).toBeUndefined();
  });

  it('with tables on, shows the main list as columns and rows: the same values, more short items within the budget', async () => {
    const tool = server.tool('library_list_books')!;
    const input = { per_page: 100 };
    const result = await tool.invoke(input);
    const plain = JSON.parse((await toModelView({ result, tool, input, results: { maxTokens: 3000 } })).text) as { note: string; result: Array<Record<string, unknown>> };
    const view = await toModelView({ result, tool, input, results: { maxTokens: 3000, tables: true } });
    expect(view.tokens).toBeLessThanOrEqual(3000);
    const shown = JSON.parse(view.text) as { note: string; result: { columns: string[]; rows: unknown[][] } };
    const { columns, rows } = shown.result;
    expect(columns).toEqual(['id', 'title', 'genre', 'author', 'summary', 'isbn', 'published', 'html_url', 'tags', 'awards']);
    expect(rows.length).toBeGreaterThanOrEqual(plain.result.length); // long summaries: keys are a small share here
    expect(shown.note).toContain(`Showing ${rows.length} of 100 items (cut to fit 3000 tokens).`);
    expect(shown.note).toContain("The items are a table: each row holds one item's values in the order of `columns` (null: no value).");
    expect(inputsNamedBy(shown.note)).toEqual({ page: 2, per_page: rows.length });
    // Each row read by its columns is the item the list view shows (a field the item lacks reads as null).
    const asItems = rows.map((row) => Object.fromEntries(columns.map((column, index) => [column, row[index]]).filter(([, value]) => value !== null)));
    expect(asItems.slice(0, plain.result.length)).toEqual(plain.result);
    expect(asItems.map((item) => item.id)).toEqual(Array.from({ length: rows.length }, (_, index) => index + 1));
    // Short items, where keys are much of the text: many more fit.
    const events = server.tool('library_list_events')!;
    const feed = await events.invoke({ limit: 100 });
    const eventList = JSON.parse((await toModelView({ result: feed, tool: events, input: {}, results: { maxTokens: 800 } })).text) as { result: { data: unknown[] } };
    const eventTable = JSON.parse((await toModelView({ result: feed, tool: events, input: {}, results: { maxTokens: 800, tables: true } })).text) as { result: { data: { columns: string[]; rows: unknown[][] } } };
    expect(eventTable.result.data.columns).toEqual(['id', 'type', 'book', 'at']);
    expect(eventTable.result.data.rows.length).toBeGreaterThan(eventList.result.data.length);
    // A list the table would not shorten (one item; items with different keys) stays a list.
    for (const data of [[{ id: 1, name: 'a' }], [{ a: 1 }, { b: 2 }, { c: 3 }]]) {
      const list = await toModelView({ result: { ok: true, status: 200, contentType: 'application/json', data }, results: { tables: true } });
      expect(list.value).toEqual(data);
    }
  });

  it('names the next page from the Link header, and from a next_cursor in the body', async () => {
    const books = server.tool('library_list_books')!;
    const page = await toModelView({ result: await books.invoke({ per_page: 5, genre: 'poetry' }), tool: books, input: { per_page: 5, genre: 'poetry' } });
    expect(page.note).toContain('More results exist: for the next page, call library_list_books again with the same inputs and {"page":2}.');
    const events = server.tool('library_list_events')!;
    const first = await events.invoke({ limit: 10 });
    const view = await toModelView({ result: first, tool: events, input: { limit: 10 } });
    const next = inputsNamedBy(view.note!);
    expect(Object.keys(next)).toEqual(['cursor']);
    const second = await events.invoke({ limit: 10, ...next });
    expect(second.ok && (second.data as { data: Array<{ id: string }> }).data[0].id).toBe('evt_011');
    const last = await events.invoke({ limit: 100, cursor: (second.ok && (second.data as { next_cursor: string }).next_cursor) as string });
    expect((await toModelView({ result: last, tool: events, input: {} })).note).toBeUndefined();
  });

  it('keeps every output within small budgets and valid JSON', async () => {
    const tool = server.tool('library_list_books')!;
    const result = await tool.invoke({ per_page: 100 });
    for (const maxTokens of [40, 120, 400, 1500]) {
      const view = await toModelView({ result, tool, input: {}, results: { maxTokens } });
      expect(await estimateTextTokens(view.text)).toBeLessThanOrEqual(maxTokens);
      if (view.type === 'json') expect(() => JSON.parse(view.text)).not.toThrow();
    }
  });

  it('fills the budget with the counter it is given (here one token per character), and keeps headroom with the estimate', async () => {
    const tool = server.tool('library_list_books')!;
    const result = await tool.invoke({ per_page: 100 });
    const counted: number[] = [];
    const countTokens = (text: string) => {
      counted.push(text.length);
      return text.length;
    };
    const view = await toModelView({ result, tool, input: {}, results: { maxTokens: 5000, countTokens } });
    expect(view.tokens).toBe(view.text.length);
    expect(view.text.length).toBeLessThanOrEqual(5000);
    expect(view.text.length).toBeGreaterThan(4000);
    expect(counted.length).toBeGreaterThan(1);
    const estimated = await toModelView({ result, tool, input: {}, results: { maxTokens: 5000 } });
    expect(estimated.tokens).toBeLessThanOrEqual(5000 * 0.92);
    expect(estimated.note).toContain('cut to fit 5000 tokens');
  });

  it('cuts long strings and nested lists with markers when one item is larger than the budget', async () => {
    const result: ToolResult = {
      ok: true,
      status: 200,
      contentType: 'application/json',
      data: { id: 1, body: 'word '.repeat(20_000), comments: Array.from({ length: 500 }, (_, index) => ({ id: index, text: 'fine' })) },
    };
    const view = await toModelView({ result, results: { maxTokens: 1000 } });
    expect(await estimateTextTokens(view.text)).toBeLessThanOrEqual(1000);
    const shown = JSON.parse(view.text) as { note: string; result: { body: string; comments: unknown[] } };
    expect(shown.result.body).toMatch(/… \[\d+ more characters\]$/);
    expect(shown.note).toMatch(/long text value\(s\) were shortened/);
  });

  it('cuts text and CSV at line boundaries and turns HTML into readable text', async () => {
    const csv = ['id,name', ...Array.from({ length: 5000 }, (_, index) => `${index},name ${index}`)].join('\n');
    const view = await toModelView({ result: { ok: true, status: 200, contentType: 'text/csv', data: csv }, results: { maxTokens: 300 } });
    expect(view.type).toBe('text');
    expect(await estimateTextTokens(view.text)).toBeLessThanOrEqual(300);
    const [body, note] = view.text.split('\n\n[');
    expect(body.split('\n')[0]).toBe('id,name');
    expect(csv.startsWith(`${body}\n`)).toBe(true);
    expect(note).toMatch(/^Showing the first \d+ of 5001 lines/);
    const html = '<html><head><style>p{}</style><script>x()</script></head><body><h1>Title &amp; more</h1><p>Read <a href="https://x.example/a">the guide</a>.</p><ul><li>one</li><li>two</li></ul></body></html>';
    const page = await toModelView({ result: { ok: true, status: 200, contentType: 'text/html; charset=utf-8', data: html } });
    expect(page.text).toBe('# Title & more\nRead the guide (https://x.example/a).\n- one\n- two');
  });

  it('shows errors with their body cut to the budget, denials as the reason', async () => {
    const failure: ToolResult = { ok: false, status: 500, error: { kind: 'http_error', message: 'HTTP 500', body: `<html><body>${'<p>stack frame</p>'.repeat(5000)}</body></html>` } };
    const view = await toModelView({ result: failure, results: { maxTokens: 200 } });
    expect(view.type).toBe('error');
    expect(await estimateTextTokens(view.text)).toBeLessThanOrEqual(200);
    expect(JSON.parse(view.text)).toMatchObject({ error: 'http_error', status: 500, body: expect.stringMatching(/^stack frame\nstack frame/) });
    const denied = await toModelView({ result: { ok: false, error: { kind: 'denied', message: 'Not approved.' } } });
    expect(denied).toMatchObject({ type: 'denied', value: 'Not approved.' });
  });

  it('refuses a budget that is not a positive integer', async () => {
    await expect(toModelView({ result: { ok: true, status: 204, data: null, contentType: undefined }, results: { maxTokens: 0 } })).rejects.toSatisfy(
      (error) => ResultsOptionError.isInstance(error) && (error as ResultsOptionError).option === 'results.maxTokens',
    );
    await expect(loadApiServer({ name: 'library', spec: librarySpecPath, results: { overrides: [{ match: 'tag:books', maxTokens: 1.5 }] } })).rejects.toThrow(
      'results.overrides[0].maxTokens must be a positive integer (got 1.5)',
    );
  });
});
