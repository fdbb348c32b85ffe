import { createAnthropic } from '@ai-sdk/anthropic';
import { createGoogleGenerativeAI } from '@ai-sdk/google';
import { createOpenAI } from '@ai-sdk/openai';
import { MockLanguageModelV4 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { schemaProviderOf } from './schema-provider-of';

describe('schemaProviderOf', () => {
  it('reads the provider of the real provider packages’ models', () => {
    expect(schemaProviderOf(createOpenAI({ apiKey: 'k' }).responses('gpt-5'))).toBe('openai');
    expect(schemaProviderOf(createOpenAI({ apiKey: 'k' }).chat('gpt-5'))).toBe('openai');
    expect(schemaProviderOf(createAnthropic({ apiKey: 'k' })('claude-sonnet-4-5'))).toBe('anthropic');
    expect(schemaProviderOf(createGoogleGenerativeAI({ apiKey: 'k' })('gemini-2.5-flash'))).toBe('google');
  });

  it('passes a provider name through and knows no other provider', () => {
    expect(schemaProviderOf('google')).toBe('google');
    expect(schemaProviderOf(undefined)).toBeUndefined();
    expect(schemaProviderOf(new MockLanguageModelV4())).toBeUndefined();
    expect(schemaProviderOf('openai-compatible-gateway/model')).toBeUndefined();
  });
});
