/** Prints one step of the agent run as a readable transcript: tools offered, calls, HTTP requests, results. */
import type { ToolResult } from '@apiwire/core';

const dim = (text: string) => (process.stdout.isTTY ? `\x1b[2m${text}\x1b[0m` : text);
const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text);

/** Shortens a JSON value for the terminal. */
export function preview(value: unknown, limit = 300): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > limit ? `${text.slice(0, limit)}… (${text.length} characters)` : text;
}

let previous: string[] | undefined;

/** The tools the model was offered in one call: all of them the first time, then what changed. */
export function printOffered(options: { step: number; tools: string[] }): void {
  const { tools } = options;
  let detail = tools.join(', ');
  if (previous) {
    const added = tools.filter((name) => !previous!.includes(name));
    const removed = previous.filter((name) => !tools.includes(name));
    detail = added.length + removed.length === 0 ? 'the same tools' : [
      ...(added.length ? [`now also ${added.join(', ')}`] : []),
      ...(removed.length ? [`no longer ${removed.join(', ')}`] : []),
    ].join('; ');
  }
  previous = tools;
  console.log(`\n${bold(`step ${options.step}`)} ${dim(`model sees ${tools.length} tools: ${detail}`)}`);
}

/** One tool call and its result. */
export function printToolCall(options: { name: string; input: unknown; output: unknown }): void {
  console.log(`  ${bold('→ call')} ${options.name} ${preview(options.input, 200)}`);
  const output = options.output as { tools?: Array<{ name: string }> } | null;
  if (output && typeof output === 'object' && 'ok' in output) {
    const result = output as ToolResult;
    if (result.request) console.log(`    ${dim('HTTP')} ${result.request.method} ${result.request.url}`);
    if (result.ok) {
      console.log(`    ${dim(`← ${result.status} ${result.contentType ?? ''}`)} ${preview(result.data)}`);
    } else {
      console.log(`    ${dim(`← ${result.status ?? ''} ${result.error.kind}`)} ${preview(result.error.message)}`);
    }
    return;
  }
  if (output && Array.isArray(output.tools)) {
    console.log(`    ${dim('search revealed:')} ${output.tools.map((tool) => tool.name).join(', ') || '(nothing)'}`);
    return;
  }
  console.log(`    ${dim('←')} ${preview(options.output)}`);
}

/** What one step produced beyond executed calls: the model's text and calls rejected before they ran. */
export function printStep(options: { content: ReadonlyArray<{ type: string }>; printed: Set<string> }): void {
  for (const item of options.content) {
    const part = item as { type: string } & Record<string, unknown>;
    if (part.type === 'text' && String(part.text).trim()) console.log(`  ${bold('model:')} ${String(part.text).trim()}`);
    if (part.type === 'tool-error' && !options.printed.has(String(part.toolCallId))) {
      console.log(`  ${bold('→ call')} ${String(part.toolName)} ${preview(part.input, 200)}`);
      console.log(`    ${dim('← rejected before sending, the model is told:')} ${preview(String(part.error), 300)}`);
    }
  }
}
