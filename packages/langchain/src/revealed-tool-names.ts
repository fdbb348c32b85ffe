/** Reads the names a search revealed from a conversation's tool messages (their artifacts). */
import { type BaseMessage, ToolMessage } from '@langchain/core/messages';

/**
 * Every tool name revealed by a `searchToolName` (default `search_tools`) message in `messages`, in order,
 * without repeats. Use it to restore a plain `bindTools` conversation:
 * `toLangChainTools(servers, { revealed: new Set(revealedToolNames({ messages: history })) })`. Same signature
 * as `revealedToolNames` of `@apiwire/ai-sdk`.
 */
export function revealedToolNames(options: { messages: readonly BaseMessage[]; searchToolName?: string }): string[] {
  const searchToolName = options.searchToolName ?? 'search_tools';
  const names = new Set<string>();
  for (const message of options.messages) {
    if (!ToolMessage.isInstance(message) || message.name !== searchToolName) continue;
    const revealed = (message.artifact as { revealed?: unknown } | undefined)?.revealed;
    if (!Array.isArray(revealed)) continue;
    for (const name of revealed) if (typeof name === 'string') names.add(name);
  }
  return [...names];
}
