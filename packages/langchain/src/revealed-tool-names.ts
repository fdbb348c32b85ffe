/** Reads the names `search_tools` revealed from a conversation's tool messages (their artifacts). */
import { type BaseMessage, ToolMessage } from '@langchain/core/messages';

/**
 * Every tool name revealed by a `search_tools` message in `messages`, in order, without repeats. Use it to
 * restore a plain `bindTools` conversation: `toLangChainTools(servers, { revealed: new Set(revealedToolNames(history)) })`.
 */
export function revealedToolNames(messages: readonly BaseMessage[]): string[] {
  const names = new Set<string>();
  for (const message of messages) {
    if (!ToolMessage.isInstance(message) || message.name !== 'search_tools') continue;
    const revealed = (message.artifact as { revealed?: unknown } | undefined)?.revealed;
    if (!Array.isArray(revealed)) continue;
    for (const name of revealed) if (typeof name === 'string') names.add(name);
  }
  return [...names];
}
