import { estimateTextTokens, loadApiServer, type ApiServer, type ToolResult } from '@apiwire/core';
import { librarySpecPath, startLibraryServer, type FixtureServer } from '@apiwire/fixtures';
import { HumanMessage, ToolMessage } from '@langchain/core/messages';
import { createAgent } from 'langchain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toLangChainTools } from './index';
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

// The shared suite (packages/adapter-tests, adapter-results.test.ts) runs the results behaviour through the
// middleware; here, what is LangChain's own: the toLangChainTools wiring and direct tool calls.
describe('results through createAgent with toLangChainTools', () => {
  it('the tool message holds the cut view with its note, the artifact the whole page', async () => {
    const model = new ScriptedChatModel({ steps: [{ toolCalls: [{ name: 'library_list_books', args: { per_page: 100 }, id: 'call_1' }] }, { text: 'Listed.' }] });
    const agent = createAgent({ model, tools: toLangChainTools([server]) });
    const state = await agent.invoke({ messages: [new HumanMessage('List books.')] });

    const content = lastToolContent(model.calls[1]);
    const seen = JSON.parse(content) as { note: string; result: Array<{ id: number }> };
    expect(seen.note).toContain(`Showing ${seen.result.length} of 100 items (cut to fit 8000 tokens)`);
    expect(inputsNamedBy(seen.note)).toEqual({ page: 2, per_page: seen.result.length });
    expect(await estimateTextTokens(content)).toBeLessThanOrEqual(8000);
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
