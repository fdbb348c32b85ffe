import { estimateTextTokens, loadApiServer, type ApiServer, type ToolResult } from '@apiwire/core';
import { librarySpecPath, startLibraryServer, type FixtureServer } from '@apiwire/fixtures';
import { generateText, stepCountIs } from 'ai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { toAISDKTools } from './index';
import { scriptedLanguageModel, text, toolCall, toolResultSeen, type ModelCall } from '@apiwire/fixtures/ai-sdk';

let library: FixtureServer;
let server: ApiServer;

beforeAll(async () => {
  library = await startLibraryServer();
  server = await loadApiServer({ name: 'library', spec: librarySpecPath, baseUrl: library.url, results: { select: true } });
});
afterAll(async () => {
  await library.close();
});
beforeEach(() => library.reset());

/** What the model read for a call: the JSON value of its tool result. */
function seenValue(call: ModelCall, toolCallId: string): { note?: string; result?: Array<Record<string, unknown>> } {
  const output = toolResultSeen(call, toolCallId);
  expect(output?.type).toBe('json');
  return output!.value as { note?: string; result?: Array<Record<string, unknown>> };
}

/** The inputs a note names after "the same inputs and", read the way a model would. */
function inputsNamedBy(note: string | undefined): Record<string, unknown> {
  const match = /the same inputs and (\{[^}]*\})/.exec(note ?? '');
  if (!match) throw new Error(`The note names no inputs: ${note}`);
  return JSON.parse(match[1]) as Record<string, unknown>;
}

describe('results through generateText', () => {
  it('a 100-item page is cut to the budget; the model reads the note and fetches the next items with the inputs it names', async () => {
    const { tools } = toAISDKTools([server]);
    const first = { per_page: 100, genre: 'history' };
    let named: Record<string, unknown> = {};
    const { model, calls } = scriptedLanguageModel([
      [toolCall({ id: 'call_1', name: 'library_list_books', input: first })],
      (call) => {
        named = inputsNamedBy(seenValue(call, 'call_1').note);
        return [toolCall({ id: 'call_2', name: 'library_list_books', input: { ...first, ...named } })];
      },
      [text('Listed.')],
    ]);
    const result = await generateText({ model, tools, prompt: 'List history books.', stopWhen: stepCountIs(4) });

    expect(result.text).toBe('Listed.');
    const seen = seenValue(calls[1], 'call_1');
    const shown = seen.result!.length;
    expect(seen.note).toContain(`Showing ${shown} of 100 items (cut to fit 8000 tokens)`);
    expect(shown).toBeGreaterThan(3);
    expect(await estimateTextTokens(JSON.stringify(seen))).toBeLessThanOrEqual(8000);
    expect(seen.result!.every((book) => !('url' in book) && !('reviews_url' in book) && 'html_url' in book)).toBe(true);
    expect(named).toEqual({ page: 2, per_page: shown });
    // The second request starts right after the last book the model saw: nothing skipped, nothing twice.
    expect(library.requests.map((request) => request.url)).toEqual([
      '/v1/books?page=1&per_page=100&genre=history', // the schema's default page is filled in
      `/v1/books?page=2&per_page=${shown}&genre=history`,
    ]);
    const next = seenValue(calls[2], 'call_2').result!;
    const lastSeen = seen.result!.at(-1)!.id as number;
    expect(next[0].id).toBe(lastSeen + 5);
    // The tool's output (for the app) keeps the whole page.
    const output = result.steps[0].toolResults[0].output as ToolResult;
    expect(output.ok && (output.data as unknown[]).length).toBe(100);
    expect(output.ok && output.headers?.link).toContain('rel="next"');
  });

  it('takes a budget from the adapter call and the fields the model selects', async () => {
    const { tools } = toAISDKTools([server], { results: { maxTokens: 600 } });
    const { model, calls } = scriptedLanguageModel([
      [
        toolCall({ id: 'call_all', name: 'library_list_books', input: { per_page: 50 } }),
        toolCall({ id: 'call_some', name: 'library_list_books', input: { per_page: 50, _select: ['id', 'title', 'author.name', 'nope'] } }),
      ],
      [text('Done.')],
    ]);
    await generateText({ model, tools, prompt: 'Books?', stopWhen: stepCountIs(3) });

    const all = seenValue(calls[1], 'call_all');
    const some = seenValue(calls[1], 'call_some');
    expect(await estimateTextTokens(JSON.stringify(all))).toBeLessThanOrEqual(600);
    expect(await estimateTextTokens(JSON.stringify(some))).toBeLessThanOrEqual(600);
    expect(some.result![0]).toEqual({ id: 1, title: 'Book 1: history volume 1', author: { name: 'Author 2' } });
    expect(some.result!.length).toBeGreaterThan(all.result!.length * 3);
    expect(some.note).toContain('Selected fields not found: nope.');
    // The selection is not sent to the API.
    expect(library.requests.map((request) => request.url)).toEqual(['/v1/books?page=1&per_page=50', '/v1/books?page=1&per_page=50']);
    const schema = server.tool('library_list_books')!.inputSchema.properties as Record<string, { description?: string }>;
    expect(schema._select.description).toMatch(/^Optional: the response fields you need, as dotted paths/);
    expect(server.tool('library_get_book')!.inputSchema.properties).toHaveProperty('_select');
  });
});
