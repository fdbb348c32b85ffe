/** Prints agent messages as a readable transcript: who said what, which tool ran with which arguments. */
import { AIMessage, type BaseMessage, HumanMessage, ToolMessage } from '@langchain/core/messages';

/** One or two lines per message; long tool output is cut. */
export function printMessages(messages: BaseMessage[]): void {
  for (const message of messages) {
    if (HumanMessage.isInstance(message)) console.log(`user: ${message.text}`);
    else if (AIMessage.isInstance(message)) {
      if (message.text) console.log(`assistant: ${message.text}`);
      for (const call of message.tool_calls ?? []) console.log(`assistant -> ${call.name} ${JSON.stringify(call.args)}`);
    } else if (ToolMessage.isInstance(message)) {
      const text = message.text.length > 300 ? `${message.text.slice(0, 300)}...` : message.text;
      console.log(`tool ${message.name}${message.status === 'error' ? ' (error)' : ''}: ${text}`);
    }
  }
}
