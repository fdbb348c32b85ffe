/** Prints one generation step as a readable transcript: tool calls, their results, text. */
import type { StepResult, ToolSet } from 'ai';

const short = (value: unknown, limit = 150) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > limit ? `${text.slice(0, limit)}…` : text;
};

/** One line per tool call, tool result (the API's data, or the search's finds), error and text. */
export function printStep(step: StepResult<ToolSet>): void {
  for (const part of step.content) {
    if (part.type === 'tool-call') console.log(`  -> ${part.toolName} ${short(part.input)}`);
    if (part.type === 'tool-error') console.log(`  <- ${part.toolName} error: ${short(String(part.error))}`);
    if (part.type === 'tool-result') {
      const output = part.output as { ok?: boolean; data?: unknown; error?: unknown; tools?: Array<{ name: string }> };
      const shown = output.tools
        ? `found ${output.tools.map((tool) => tool.name).join(', ')}`
        : short(output.ok ? output.data : output.error);
      console.log(`  <- ${part.toolName} ${shown}`);
    }
    if (part.type === 'text') console.log(`assistant: ${part.text}`);
  }
}
