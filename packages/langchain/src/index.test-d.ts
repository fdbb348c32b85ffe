import type { ApiServer, ToolCatalog, ToolDescriptor } from '@apiwire/core';
import type { ToolCall, ToolMessage } from '@langchain/core/messages';
import type { StructuredTool } from '@langchain/core/tools';
import { createAgent, fakeModel } from 'langchain';
import { describe, expectTypeOf, test } from 'vitest';
import {
  ApiwireTool,
  createApiwireMiddleware,
  toLangChainTools,
  type ToolResultContentOptions,
  type ToolResultToContentOptions,
} from './index';

declare const billing: ApiServer;
declare const catalog: ToolCatalog;
declare const descriptor: ToolDescriptor;

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

  test('ApiwireTool.invoke is typed as LangChain types it: a tool call gives a ToolMessage', () => {
    const tool = new ApiwireTool({ descriptor });
    const call: ToolCall = { id: 'call_1', name: descriptor.name, args: {}, type: 'tool_call' };
    expectTypeOf(tool.invoke(call)).resolves.toEqualTypeOf<ToolMessage>();
    expectTypeOf(tool.invoke({ invoiceId: 'in_1' })).resolves.toEqualTypeOf<string | ToolMessage>();
    expectTypeOf(tool.invoke(call)).resolves.not.toBeAny();
  });

  test('the deprecated ToolResultContentOptions is the same type as ToolResultToContentOptions', () => {
    expectTypeOf<ToolResultContentOptions>().toEqualTypeOf<ToolResultToContentOptions>();
  });
});
