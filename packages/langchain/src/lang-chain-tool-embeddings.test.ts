import { loadApiServer, type ApiServer, type SearchWarning } from '@apiwire/core';
import { conceptVector, type FixtureServer } from '@apiwire/fixtures';
import { useBilling } from '@apiwire/fixtures/vitest';
import { ScriptedChatModel } from '@apiwire/fixtures/langchain';
import { Embeddings } from '@langchain/core/embeddings';
import { HumanMessage, ToolMessage } from '@langchain/core/messages';
import { MemorySaver } from '@langchain/langgraph';
import { createAgent } from 'langchain';
import { describe, expect, test } from 'vitest';
import { createApiwireMiddleware, type LangChainEmbeddingsOption, toLangChainTools } from './index';

let server: FixtureServer;
let billing: ApiServer;

useBilling({ loadApiServer }, (loaded) => ({ server, billing } = loaded));

/** A deterministic LangChain `Embeddings` (one dimension per concept) that records its calls. */
class ConceptEmbeddings extends Embeddings {
  documents: string[][] = [];
  queries: string[] = [];
  constructor(private readonly failing = false) {
    super({});
  }
  async embedDocuments(texts: string[]): Promise<number[][]> {
    this.documents.push(texts);
    if (this.failing) throw new Error('embedding endpoint down');
    return texts.map(conceptVector);
  }
  async embedQuery(text: string): Promise<number[]> {
    this.queries.push(text);
    if (this.failing) throw new Error('embedding endpoint down');
    return conceptVector(text);
  }
}

let thread = 0;
/** Runs a createAgent whose model searches for `query` once; returns the names `search_tools` found. */
async function searchInAgent(options: { embeddings?: LangChainEmbeddingsOption; query: string }): Promise<string[]> {
  const model = new ScriptedChatModel({ steps: [{ toolCalls: [{ name: 'search_tools', args: { query: options.query } }] }, { text: 'Done.' }] });
  const agent = createAgent({
    model,
    tools: [],
    middleware: [createApiwireMiddleware([billing], { embeddings: options.embeddings })],
    checkpointer: new MemorySaver(),
  });
  await agent.invoke({ messages: [new HumanMessage('How did we do?')] }, { configurable: { thread_id: `embeddings-${++thread}` } });
  const [found] = model.calls[1].messages.filter((message): message is ToolMessage => ToolMessage.isInstance(message));
  return (JSON.parse(String(found.content)) as { tools: Array<{ name: string }> }).tools.map((tool) => tool.name);
}

describe('embeddings option (LangChain Embeddings)', () => {
  test('createAgent with the middleware finds by meaning what words alone miss', async () => {
    expect(await searchInAgent({ query: 'proceeds' })).toEqual([]);
    expect(await searchInAgent({ embeddings: new ConceptEmbeddings(), query: 'proceeds' })).toContain('billing_get_revenue_report');
  });

  test('nothing is embedded before the first search; tools once (embedDocuments), then queries (embedQuery)', async () => {
    const embeddings = new ConceptEmbeddings();
    const tools = toLangChainTools([billing], { embeddings });
    expect(embeddings.documents).toEqual([]);
    const search = tools.find((tool) => tool.name === 'search_tools')!;
    await search.invoke({ query: 'proceeds' });
    await search.invoke({ query: 'aging' });
    await searchInAgent({ embeddings, query: 'proceeds' });
    expect(embeddings.documents).toHaveLength(1);
    expect(embeddings.documents[0]).toHaveLength(billing.tools.length);
    expect(embeddings.queries).toEqual(['proceeds', 'aging', 'proceeds']);
  });

  test('tool vectors persist in the given cache: another start embeds no tool', async () => {
    const cache = new Map<string, number[]>();
    await searchInAgent({ embeddings: { model: new ConceptEmbeddings(), cache }, query: 'proceeds' });
    expect(cache.size).toBe(billing.tools.length);
    const fresh = new ConceptEmbeddings();
    expect(await searchInAgent({ embeddings: { model: fresh, cache }, query: 'proceeds' })).toContain('billing_get_revenue_report');
    expect(fresh.documents).toEqual([]);
  });

  test('a failing embedding model falls back to words alone with a warning; the agent turn completes', async () => {
    const warnings: SearchWarning[] = [];
    const found = await searchInAgent({
      embeddings: { model: new ConceptEmbeddings(true), onWarning: (warning) => warnings.push(warning) },
      query: 'revenue report',
    });
    expect(found).toContain('billing_get_revenue_report');
    expect(warnings[0]?.message).toContain('embedding endpoint down');
  });
});
