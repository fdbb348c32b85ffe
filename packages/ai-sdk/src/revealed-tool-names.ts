/** Reads from a conversation which tools earlier searches revealed, so they stay offered in later generations. */
import type { ModelMessage } from 'ai';

/**
 * Names of the tools that `searchToolName` (default `search_tools`) calls in `messages` returned
 * (`{ tools: [{ name }] }` results), in order of discovery, without repeats. The conversation is the only
 * state: nothing is kept between calls. Same signature as `revealedToolNames` of `@apiwire/langchain`.
 */
export function revealedToolNames(options: { messages: readonly ModelMessage[]; searchToolName?: string }): string[] {
  const searchToolName = options.searchToolName ?? 'search_tools';
  const searchCallIds = new Set<string>();
  for (const message of options.messages) {
    if (message.role !== 'assistant' || typeof message.content === 'string') continue;
    for (const part of message.content) {
      if (part.type === 'tool-call' && part.toolName === searchToolName) searchCallIds.add(part.toolCallId);
    }
  }
  const names = new Set<string>();
  for (const message of options.messages) {
    if (message.role !== 'tool') continue;
    for (const part of message.content) {
      if (part.type !== 'tool-result' || !searchCallIds.has(part.toolCallId) || part.output.type !== 'json') continue;
      const found = (part.output.value as { tools?: unknown } | null)?.tools;
      if (!Array.isArray(found)) continue;
      for (const tool of found) {
        const name = (tool as { name?: unknown } | null)?.name;
        if (typeof name === 'string') names.add(name);
      }
    }
  }
  return [...names];
}
