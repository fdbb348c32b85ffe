/** Prints agent messages as a readable transcript: who said what, which tool ran with which arguments. */
import { AIMessage, type BaseMessage, HumanMessage, ToolMessage } from '@langchain/core/messages';

let previous: string[] | undefined;

/** What the model was offered for the call that produced the next assistant message: all tools, then changes. */
function printOffered(tools: string[] | undefined): void {
  if (!tools) return;
  const added = previous ? tools.filter((name) => !previous!.includes(name)) : tools;
  const removed = previous ? previous.filter((name) => !tools.includes(name)) : [];
  const change = previous === undefined ? tools.join(', ') : added.length + removed.length === 0 ? 'the same' : [
    ...(added.length ? [`now also ${added.join(', ')}`] : []),
    ...(removed.length ? [`no longer ${removed.join(', ')}`] : []),
  ].join('; ');
  console.log(`[model sees ${tools.length} tools: ${change}]`);
  previous = tools;
}

/** One or two lines per message; long tool output is cut. `offered` holds each model call's tools, consumed in order. */
export function printMessages(options: { messages: BaseMessage[]; offered: string[][] }): void {
  for (const message of options.messages) {
    if (HumanMessage.isInstance(message)) console.log(`user: ${message.text}`);
    else if (AIMessage.isInstance(message)) {
      printOffered(options.offered.shift());
      if (message.text) console.log(`assistant: ${message.text}`);
      for (const call of message.tool_calls ?? []) console.log(`assistant -> ${call.name} ${JSON.stringify(call.args)}`);
    } else if (ToolMessage.isInstance(message)) {
      const result = message.artifact as { request?: { method: string; url: string }; status?: number } | undefined;
      if (result?.request) console.log(`  HTTP ${result.request.method} ${result.request.url}${result.status ? ` -> ${result.status}` : ''}`);
      const found = message.name === 'search_tools' ? revealedNames(message.text) : undefined;
      if (found) console.log(`  search revealed: ${found.join(', ') || '(nothing)'}`);
      const text = message.text.length > 300 ? `${message.text.slice(0, 300)}...` : message.text;
      console.log(`tool ${message.name}${message.status === 'error' ? ' (error)' : ''}: ${text}`);
    }
  }
}

/** The tool names a search_tools result lists, when its text is the JSON the meta-tool returns. */
function revealedNames(text: string): string[] | undefined {
  try {
    const parsed = JSON.parse(text) as { tools?: Array<{ name: string }> };
    return Array.isArray(parsed.tools) ? parsed.tools.map((tool) => tool.name) : undefined;
  } catch {
    return undefined;
  }
}
