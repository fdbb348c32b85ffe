/** The transcript both demos print: who said what, which tools the model saw, each call, request and result. */
import type { ToolResult } from '@apiwire/core';
import { wrapLine } from './wrap-line';

/** Where the transcript goes and how wide it may be. */
export interface TranscriptOptions {
  /** Receives each finished line (default: console.log). */
  write?: (line: string) => void;
  /** Widest line; default the terminal's columns, 80 when stdout is not a terminal. */
  width?: number;
  /** Bold and dim labels; default on a terminal unless NO_COLOR is set. */
  color?: boolean;
}

/** The lines of one demo run; every method prints one logical line (wrapped to the width). */
export interface Transcript {
  /** A paragraph at the left margin (what runs, the approval rule). */
  note(text: string): void;
  /** The user's request. */
  user(text: string): void;
  /** The tools one model call was offered: all the first time, then what changed. */
  modelSees(tools: readonly string[]): void;
  /** The model's text. */
  model(text: string): void;
  /** A tool call the model made. */
  call(options: { name: string; input: unknown }): void;
  /** What a call produced: the HTTP request and the response, or why nothing was sent. */
  result(result: ToolResult): void;
  /** A call refused before it ran (`kind`: 'invalid input', 'denied'…), on one line with the reason. */
  notSent(options: { kind: string; message: string }): void;
  /** The tools a search revealed. */
  revealed(names: readonly string[]): void;
  /** A call waiting for approval and the request it would send. */
  approvalNeeded(options: { name: string; input: unknown; sends?: string }): void;
  /** The prompt to show when asking on the terminal. */
  approvalPrompt(question: string): string;
  /** An answer given by the run's rule, with the rule's reason. */
  approvalAnswer(options: { question: string; approved: boolean; reason: string }): void;
  /** The requests the API received, in order. */
  received(options: { api: string; requests: readonly string[] }): void;
}

/** Shortens a value (JSON unless a string) to `limit` characters, saying how long it was. */
function preview(value: unknown, limit = 200): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > limit ? `${text.slice(0, limit)}… (${text.length} characters)` : text;
}

/**
 * A transcript printer; both `pnpm demo` and `pnpm demo:langchain` use it, so they print the same lines.
 * @example const transcript = createTranscript(); transcript.user('Refund pay_1'); transcript.call({ name, input });
 */
export function createTranscript(options: TranscriptOptions = {}): Transcript {
  const write = options.write ?? ((line: string) => console.log(line));
  const width = options.width ?? (process.stdout.isTTY ? process.stdout.columns || 80 : 80);
  const color = options.color ?? (Boolean(process.stdout.isTTY) && !process.env.NO_COLOR);
  const style = (code: number) => (text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const bold = style(1);
  const dim = style(2);
  const line = (indent: number, text: string) => {
    for (const wrapped of wrapLine({ text, indent, width })) write(wrapped);
  };
  let step = 0;
  let previous: readonly string[] | undefined;

  return {
    note: (text) => line(0, text),
    user: (text) => {
      write('');
      line(0, `${bold('user:')} ${text}`);
    },
    modelSees: (tools) => {
      step += 1;
      let detail = tools.join(', ');
      if (previous) {
        const before = previous;
        const added = tools.filter((name) => !before.includes(name));
        const removed = before.filter((name) => !tools.includes(name));
        const changes = [...(added.length ? [`now also ${added.join(', ')}`] : []), ...(removed.length ? [`no longer ${removed.join(', ')}`] : [])];
        detail = changes.length ? changes.join('; ') : 'the same tools';
      }
      previous = tools;
      write('');
      line(0, `${bold(`step ${step}`)} ${dim(`model sees ${tools.length} tools: ${detail}`)}`);
    },
    model: (text) => {
      if (text.trim()) line(2, `${bold('model:')} ${text.trim()}`);
    },
    call: ({ name, input }) => line(2, `${bold('→ call')} ${name} ${preview(input)}`),
    result: (result) => {
      const sent = result.ok || result.status !== undefined || !['invalid_input', 'denied'].includes(result.error.kind);
      if (!sent) return line(4, `${dim(`✗ ${result.error.kind.replace('_', ' ')}, nothing sent:`)} ${preview(result.error.message)}`);
      if (result.request) line(4, `${dim('HTTP')} ${result.request.method} ${result.request.url}`);
      if (result.ok) line(4, `${dim(`← ${result.status} ${result.contentType ?? ''}`.trimEnd())} ${preview(result.data)}`);
      else line(4, `${dim(`← ${result.status ?? 'no response'}, ${result.error.kind}:`)} ${preview(result.error.message)}`);
    },
    notSent: ({ kind, message }) => line(4, `${dim(`✗ ${kind}, nothing sent:`)} ${preview(message)}`),
    revealed: (names) => line(4, `${dim('search revealed:')} ${names.join(', ') || '(nothing)'}`),
    approvalNeeded: ({ name, input, sends }) => {
      write('');
      line(2, `${bold('approval needed:')} ${name} ${preview(input)}`);
      if (sends) line(4, `it would send ${sends}`);
    },
    approvalPrompt: (question) => `    ${question} [y/N] `,
    approvalAnswer: ({ question, approved, reason }) => line(4, `${question} ${bold(approved ? 'yes' : 'no')} (${reason})`),
    received: ({ api, requests }) => {
      write('');
      line(0, `The ${api} received ${requests.length} request${requests.length === 1 ? '' : 's'}${requests.length ? ':' : '.'}`);
      for (const request of requests) line(2, request);
    },
  };
}
