import type { ApiServer, ToolCatalog } from '@apiwire/core';
import type { StructuredTool } from '@langchain/core/tools';
import { createAgent, fakeModel } from 'langchain';
import { describe, expectTypeOf, test } from 'vitest';
import { createApiwireMiddleware, toLangChainTools } from './index';

declare const billing: ApiServer;
declare const catalog: ToolCatalog;

describe('types', () => {
  test('toLangChainTools takes servers or a catalog and gives StructuredTools', () => {
    expectTypeOf(toLangChainTools([billing])).toEqualTypeOf<StructuredTool[]>();
    expectTypeOf(toLangChainTools(catalog, { approve: () => true, revealed: new Set<string>() })).toEqualTypeOf<
      StructuredTool[]
    >();
  });

  test('the middleware fits createAgent and adds its state to the agent state', async () => {
    const agent = createAgent({ model: fakeModel(), tools: [], middleware: [createApiwireMiddleware([billing])] });
    const state = await agent.invoke({ messages: [] });
    expectTypeOf(state.apiwireRevealedTools).toEqualTypeOf<string[]>();
    expectTypeOf(state.apiwireApprovedToolCalls).toEqualTypeOf<string[]>();
  });
});
