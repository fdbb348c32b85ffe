import { estimateTextTokens, loadApiServer, type ApiServer, type ToolResult } from '@apiwire/core';
import { librarySpecPath, startLibraryServer, type FixtureServer } from '@apiwire/fixtures';
import { AIMessage, HumanMessage, ToolMessage } from '@langchain/core/messages';
import { createAgent } from 'langchain';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApiwireMiddleware, toLangChainTools } from './index';
import { ScriptedChatModel, type ScriptedCall } from '@apiwire/fixtures/langchain';

let library: FixtureServer;
let server: ApiServer;

beforeAll(async () => {
  library = await startLibraryServer();
  server = await loadApiServer({ name: 'library', spec: librarySpecPath, baseUrl: library.url });
});
afterAll(async () => {
  await library.close();
});
beforeEach(() => library.reset());

/** The content of the last tool message the model received. */
function lastToolContent(call: ScriptedCall): string {
  const message = call.messages.filter((entry) => ToolMessage.isInstance(entry)).at(-1);
  return String(message?.content);
}

/** The inputs a note names after "the same inputs and", read the way a model would. */
function inputsNamedBy(note: string): Record<string, unknown> {
  const match = /the same inputs and (\{[^}]*\})/.exec(note);
  if (!match) throw new Error(`The note names no inputs: ${note}`);
  return JSON.parse(match[1]) as Record<string, unknown>;
}

const wirings = [
  ['middleware', () => ({ tools: [], middleware: [createApiwireMiddleware([server])] })],
  ['toLangChainTools', () => ({ tools: toLangChainTools([server]) })],
] as const;

describe.each(wirings)('results through createAgent (%s)', (_name, wiring) => {
  it('a 100-item page is cut to the budget; the model reads the note and fetches the next items with the inputs it names', async () => {
    const first = { per_page: 100, genre: 'poetry' };
    let named: Record<string, unknown> = {};
    const model = new ScriptedChatModel({
      steps: [
        { toolCalls: [{ name: 'library_list_books', args: first, id: 'call_1' }] },
        (call) => {
          named = inputsNamedBy((JSON.parse(lastToolContent(call)) as { note: string }).note);
          return new AIMessage({ content: '', id: 'ai_next_page', tool_calls: [{ type: 'tool_call', name: 'library_list_books', args: { ...first, ...named }, id: 'call_2' }] });
        },
        { text: 'Listed.' },
      ],
    });
    const agent = createAgent({ model, ...wiring() });
    const state = await agent.invoke({ messages: [new HumanMessage('List poetry books.')] });

    expect(state.messages.at(-1)?.content).toBe('Listed.');
    const content = lastToolContent(model.calls[1]);
    const seen = JSON.parse(content) as { note: string; result: Array<{ id: number }> };
    const shown = seen.result.length;
    expect(shown).toBeGreaterThan(3);
    expect(seen.note).toContain(`Showing ${shown} of 100 items (cut to fit 8000 tokens)`);
    expect(await estimateTextTokens(content)).toBeLessThanOrEqual(8000);
    expect(named).toEqual({ page: 2, per_page: shown });
    expect(library.requests.map((request) => request.url)).toEqual([
      '/v1/books?page=1&per_page=100&genre=poetry', // the schema's default page is filled in
      `/v1/books?page=2&per_page=${shown}&genre=poetry`,
    ]);
    const next = JSON.parse(lastToolContent(model.calls[2])) as { result: Array<{ id: number }> };
    expect(next.result[0].id).toBe(seen.result.at(-1)!.id + 5);
    // The tool message's artifact keeps the whole page for the app.
    const message = state.messages.find((entry) => ToolMessage.isInstance(entry) && entry.tool_call_id === 'call_1') as ToolMessage;
    const artifact = message.artifact as ToolResult;
    expect(artifact.ok && (artifact.data as unknown[]).length).toBe(100);
  });
});

describe('results options of the LangChain adapter', () => {
  it('an adapter budget applies to each tool message, and a cursor feed names its next cursor', async () => {
    const tools = toLangChainTools([server], { results: { maxTokens: 300 } });
    const books = tools.find((entry) => entry.name === 'library_list_books')!;
    const message = (await books.invoke({ type: 'tool_call', name: books.name, args: { per_page: 40 }, id: 'call_b' })) as ToolMessage;
    expect(await estimateTextTokens(String(message.content))).toBeLessThanOrEqual(300);
    const events = tools.find((entry) => entry.name === 'library_list_events')!;
    const first = (await events.invoke({ type: 'tool_call', name: events.name, args: { limit: 5 }, id: 'call_e1' })) as ToolMessage;
    const note = (JSON.parse(String(first.content)) as { note: string }).note;
    const second = (await events.invoke({ type: 'tool_call', name: events.name, args: { limit: 5, ...inputsNamedBy(note) }, id: 'call_e2' })) as ToolMessage;
    expect((JSON.parse(String(second.content)) as { result: { data: Array<{ id: string }> } }).result.data[0].id).toBe('evt_006');
  });
});
