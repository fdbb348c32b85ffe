/** Reads which provider's tool-schema rules apply from a provider name or an AI SDK language model. */
import type { SchemaProvider } from '@apiwire/core';
import type { LanguageModel } from 'ai';

/**
 * `'openai'`, `'anthropic'` or `'google'` as given, or read from a language model's `provider` id
 * (`openai.responses`, `anthropic.messages`, `google.generative-ai`, `google.vertex.chat`, …); undefined for
 * any other model (a gateway model id, a mock), which gets the rules common to all three.
 */
export function schemaProviderOf(provider: SchemaProvider | LanguageModel | undefined): SchemaProvider | undefined {
  const id = typeof provider === 'object' && provider !== null && typeof provider.provider === 'string' ? provider.provider.split('.')[0] : provider;
  return id === 'openai' || id === 'anthropic' || id === 'google' ? id : undefined;
}
