import { loadApiServer, type ApiServer, type SearchWarning } from '@apiwire/core';
import { conceptVector, type FixtureServer } from '@apiwire/fixtures';
import { useBilling } from '@apiwire/fixtures/vitest';
import { offeredTools, scriptedLanguageModel, text, toolCall } from '@apiwire/fixtures/ai-sdk';
import { generateText, stepCountIs, type ModelMessage } from 'ai';
import { MockEmbeddingModelV4 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { toAISDKTools } from './index';

let billingServer: FixtureServer;
let server: ApiServer;

useBilling({ loadApiServer }, (loaded) => ({ server: billingServer, billing: server } = loaded));

const messages: ModelMessage[] = [{ role: 'user', content: 'How did we do?' }];

/** A deterministic AI SDK embedding model (one dimension per concept); `failing` makes it reject. */
function conceptModel(failing = false): MockEmbeddingModelV4 {
  return new MockEmbeddingModelV4({
    provider: 'test',
    modelId: 'concepts',
    maxEmbeddingsPerCall: 2048,
    doEmbed: async ({ values }) => {
      if (failing) throw new Error('embedding quota exceeded');
      return { embeddings: values.map(conceptVector), warnings: [] };
    },
  });
}

/** generateText where the model searches for `query`, then reports which deferred tools it was offered. */
async function searchOnce(options: { tools: ReturnType<typeof toAISDKTools>; query: string }): Promise<string[]> {
  let offered: string[] = [];
  const { model } = scriptedLanguageModel([
    [toolCall({ id: 'call_search', name: 'search_tools', input: { query: options.query } })],
    (call) => {
      offered = offeredTools(call);
      return [text('Done.')];
    },
  ]);
  await generateText({ model, ...options.tools, messages, stopWhen: stepCountIs(3) });
  return offered;
}

describe('toAISDKTools({ embeddings }) in generateText', () => {
  it('finds by meaning a deferred tool that words alone miss', async () => {
    expect(await searchOnce({ tools: toAISDKTools([server]), query: 'proceeds' })).not.toContain('billing_get_revenue_report');
    const embedded = await searchOnce({ tools: toAISDKTools([server], { embeddings: conceptModel() }), query: 'proceeds' });
    expect(embedded).toContain('billing_get_revenue_report');
  });

  it('embeds nothing before the first search, every tool once (embedMany), then only queries (embed)', async () => {
    const model = conceptModel();
    const tools = toAISDKTools([server], { embeddings: model });
    const { model: chat } = scriptedLanguageModel([[text('No search needed.')]]);
    await generateText({ model: chat, ...tools, messages });
    expect(model.doEmbedCalls).toEqual([]);
    await searchOnce({ tools, query: 'proceeds' });
    const documents = model.doEmbedCalls.filter((call) => call.values.length > 1);
    expect(documents).toHaveLength(1);
    expect(documents[0].values).toHaveLength(server.tools.length);
    await searchOnce({ tools: toAISDKTools([server], { embeddings: model }), query: 'aging' });
    expect(model.doEmbedCalls.filter((call) => call.values.length > 1)).toHaveLength(1);
    expect(model.doEmbedCalls.filter((call) => call.values.length === 1).map((call) => call.values[0])).toEqual(['proceeds', 'aging']);
  });

  it('keeps tool vectors in the cache it is given, so a new process-like start embeds no tool', async () => {
    const cache = new Map<string, number[]>();
    await searchOnce({ tools: toAISDKTools([server], { embeddings: { model: conceptModel(), cache } }), query: 'proceeds' });
    expect(cache.size).toBe(server.tools.length);
    const fresh = conceptModel();
    const offered = await searchOnce({ tools: toAISDKTools([server], { embeddings: { model: fresh, cache } }), query: 'proceeds' });
    expect(offered).toContain('billing_get_revenue_report');
    expect(fresh.doEmbedCalls.map((call) => call.values)).toEqual([['proceeds']]);
  });

  it('falls back to words alone with a warning when the embedding model fails, and the turn goes on', async () => {
    const warnings: SearchWarning[] = [];
    const tools = toAISDKTools([server], { embeddings: { model: conceptModel(true), onWarning: (warning) => warnings.push(warning) } });
    const offered = await searchOnce({ tools, query: 'accounts receivable aging' });
    expect(offered).toContain('billing_get_aging_report');
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings[0].message).toContain('embedding quota exceeded');
  });
});
