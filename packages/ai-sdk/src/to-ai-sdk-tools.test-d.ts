import type { ApiServer, ToolCatalog } from '@apiwire/core';
import { ToolLoopAgent, generateText, streamText, type LanguageModel, type ToolSet } from 'ai';
import { describe, expectTypeOf, it } from 'vitest';
import { toAISDKTools, type AISDKTools, type ModelOutputOptions, type ToolResultToModelOutputOptions } from './index';

declare const server: ApiServer;
declare const catalog: ToolCatalog;
declare const model: LanguageModel;

describe('toAISDKTools types', () => {
  it('accepts a server, servers or a catalog and returns a ToolSet with its toolApproval', () => {
    expectTypeOf(toAISDKTools(server)).toEqualTypeOf<AISDKTools>();
    expectTypeOf(toAISDKTools([server], { prefix: false, strict: true })).toEqualTypeOf<AISDKTools>();
    expectTypeOf(toAISDKTools(catalog).tools).toExtend<ToolSet>();
    // @ts-expect-error: options are an object
    toAISDKTools([server], 'billing');
  });

  it('plugs into generateText, streamText and ToolLoopAgent as is, or merged with the app’s own entries', () => {
    const { tools, toolApproval } = toAISDKTools([server]);
    void generateText({ model, tools, toolApproval, prompt: 'hi' });
    void streamText({ model, tools, toolApproval: { ...toolApproval, other: 'user-approval' }, prompt: 'hi' });
    void new ToolLoopAgent({ model, tools, toolApproval, experimental_toolApprovalSecret: 'secret' });
  });

  it('takes a per-call context through toolsContext, built by contextFor', () => {
    const { tools, toolApproval, contextFor } = toAISDKTools([server]);
    void generateText({ model, tools, toolApproval, toolsContext: contextFor({ userId: 'u1' }), prompt: 'hi' });
    void streamText({ model, tools, toolsContext: contextFor({ userId: 'u1' }), prompt: 'hi' });
    // @ts-expect-error: a context is an object
    contextFor('u1');
  });

  it('keeps the deprecated ModelOutputOptions as the same type as ToolResultToModelOutputOptions', () => {
    expectTypeOf<ModelOutputOptions>().toEqualTypeOf<ToolResultToModelOutputOptions>();
  });
});
