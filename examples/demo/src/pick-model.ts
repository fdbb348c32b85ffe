/** Picks the demo's model: a real provider when its API key is set, the scripted stand-in otherwise. */
import type { LanguageModel } from 'ai';
import { scriptedModel } from './scripted-model';

/** The model and a line saying which one it is. */
export async function pickModel(): Promise<{ model: LanguageModel; label: string; scripted: boolean }> {
  if (process.env.OPENAI_API_KEY) {
    const { openai } = await import('@ai-sdk/openai');
    const id = process.env.OPENAI_MODEL ?? 'gpt-4.1-mini';
    return { model: openai(id), label: `OpenAI ${id} (OPENAI_API_KEY is set)`, scripted: false };
  }
  if (process.env.ANTHROPIC_API_KEY) {
    const { anthropic } = await import('@ai-sdk/anthropic');
    const id = process.env.ANTHROPIC_MODEL ?? 'claude-sonnet-4-5';
    return { model: anthropic(id), label: `Anthropic ${id} (ANTHROPIC_API_KEY is set)`, scripted: false };
  }
  return {
    model: scriptedModel(),
    label: 'a scripted model: no OPENAI_API_KEY or ANTHROPIC_API_KEY is set, so the model\'s turns are played from a script; the tools, HTTP calls, search and approval are real',
    scripted: true,
  };
}
