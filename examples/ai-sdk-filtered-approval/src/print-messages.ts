/** Prints a conversation's new messages as a readable transcript. */
import type { ModelMessage } from 'ai';

const short = (value: unknown, limit = 160) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
};

/** One line per text, tool call, approval request, result and approval answer. */
export function printMessages(messages: ModelMessage[]): void {
  for (const message of messages) {
    if (typeof message.content === 'string') {
      console.log(`${message.role}: ${message.content}`);
      continue;
    }
    for (const part of message.content) {
      if (part.type === 'text') console.log(`${message.role}: ${part.text}`);
      if (part.type === 'tool-call') console.log(`  -> ${part.toolName} ${short(part.input)}`);
      if (part.type === 'tool-approval-request') console.log(`  ?? waiting for approval of ${part.toolCallId}`);
      if (part.type === 'tool-approval-response') console.log(`  ${part.approved ? 'OK approved' : 'NO denied'}${part.reason ? `: ${part.reason}` : ''}`);
      if (part.type === 'tool-result') {
        const output = part.output as { type: string; value?: unknown; reason?: string };
        const shown = output.type === 'execution-denied' ? `denied: ${output.reason ?? ''}` : short(output.value);
        console.log(`  <- ${part.toolName} [${output.type}] ${shown}`);
      }
    }
  }
}
