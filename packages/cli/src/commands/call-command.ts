/** `apiwire call <spec> <tool> --input '<json>'`: one real call through the tool, printing the request and result. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createToolCatalog, toModelView, type BinaryData, type ModelView, type ToolResult } from '@apiwire/core';
import type { CliCommand, CliIo } from '../cli-command';
import { CliUsageError } from '../cli-usage-error';
import { closestNames } from '../closest-names';
import { exitCode } from '../exit-code';
import { loadServerForCli, serverOptionDefinitions, serverOptionsHelp } from '../load-server-for-cli';
import { recordRequests } from '../record-requests';

/** The `call` command. */
export const callCommand: CliCommand = {
  name: 'call',
  summary: 'call one operation through its tool (validation, auth, HTTP) and print the request and the result',
  help: `Usage: apiwire call <spec> <tool> [--input '<json>'] [options]

Calls the tool (by name, dotted id or operationId) with the JSON input, exactly as an agent would: the
input is validated, auth headers applied, the request sent, the response parsed. Prints the request sent
(secret headers masked) and what a model reads of the result: within the token budget, without nulls, empty
values, API links and media links, cut lists with a note naming the inputs of the next page. Exits 1 when the call fails (invalid
input, HTTP error, network).

Options:
  --input JSON         the tool input as a JSON object, @file.json, or - for standard input (default {})
  --yes                approve the call when the tool requires approval (see --approve)
  --max-tokens N       the model's budget for one result (default 8000)
  --select             give read operations the optional _select input (field selection)
  --full               print the whole response instead of the model's view
  --json               print { request, result, model } as JSON (result: the whole response)
${serverOptionsHelp}
  -h, --help           show this help

Example:
  apiwire call ./billing.yaml billing_get_invoice --input '{"invoiceId":"in_1"}' \\
    --base-url http://127.0.0.1:4010/v1 --header 'Authorization: Bearer sk_test'`,
  options: {
    ...serverOptionDefinitions,
    input: { type: 'string' },
    yes: { type: 'boolean' },
    json: { type: 'boolean' },
    full: { type: 'boolean' },
    select: { type: 'boolean' },
    'max-tokens': { type: 'string' },
  },
  async run({ positionals, values, io }) {
    const toolName = positionals[1];
    if (toolName === undefined) throw new CliUsageError({ message: 'Missing <tool>: a tool name, id or operationId', command: 'call' });
    const input = await readInput(values.input, io);
    const maxTokens = readMaxTokens(values['max-tokens']);
    let armed = false;
    const recorder = recordRequests({ fetch: io.fetch ?? globalThis.fetch, armed: () => armed });
    const server = await loadServerForCli({
      spec: positionals[0],
      values,
      io,
      command: 'call',
      overrides: { fetch: recorder.fetch, results: { ...(maxTokens ? { maxTokens } : {}), ...(values.select === true ? { select: true } : {}) } },
    });
    const tool = server.tool(toolName) ?? server.tools.find((candidate) => candidate.operation.operationId === toolName);
    if (!tool) {
      const near = closestNames({ name: toolName, candidates: server.tools.map((candidate) => candidate.name) });
      const suggestions =
        near.length > 0
          ? near
          : createToolCatalog([server])
              .rank(toolName.replaceAll(/[_.-]/g, ' '), { limit: 3 })
              .map((match) => match.descriptor.name);
      io.stderr(
        `Error: unknown tool '${toolName}' in ${server.name} (${server.tools.length} tools).` +
          (suggestions.length > 0 ? ` Did you mean: ${suggestions.join(', ')}?` : '') +
          `\nRun 'apiwire inspect <spec>' to list them.`,
      );
      return exitCode.failure;
    }
    armed = true;
    const result = await tool.invoke(input, values.yes === true ? { approval: { approved: true } } : {});
    armed = false;
    const sent = recorder.sent.at(-1);
    const view = await toModelView({ result, tool, input });
    if (values.json === true) {
      const model = { type: view.type, text: view.text, ...(view.note ? { note: view.note } : {}) };
      io.stdout(JSON.stringify({ tool: tool.name, request: sent ?? null, result, model }, null, 2));
      return result.ok ? exitCode.ok : exitCode.failure;
    }
    const lines: string[] = [`${tool.name}: ${tool.operation.method} ${tool.operation.path}`];
    if (sent) {
      lines.push(`→ ${sent.method} ${result.request?.url ?? sent.url}`);
      for (const [name, value] of sent.headers) lines.push(`  ${name}: ${value}`);
      if (sent.body !== undefined) lines.push('', indent(sent.body));
    } else {
      lines.push('→ nothing was sent');
    }
    lines.push('', ...(values.full === true ? describeResult(result) : describeView({ result, view })));
    io.stdout(lines.join('\n'));
    return result.ok ? exitCode.ok : exitCode.failure;
  },
};

function readMaxTokens(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    throw new CliUsageError({ message: `--max-tokens must be a positive integer (got ${String(value)})`, command: 'call' });
  }
  return number;
}

/** The status line and what the model reads (JSON indented for people; the model reads it unindented). */
function describeView(options: { result: ToolResult; view: ModelView }): string[] {
  const { result, view } = options;
  if (!result.ok) return [`✗ ${result.error.kind}${result.status !== undefined ? ` (${result.status})` : ''}: ${result.error.message}`, '', view.text];
  const status = `← ${result.status} ${result.contentType ?? ''}${result.truncated ? ' (truncated)' : ''}`.trimEnd();
  const body = view.type === 'json' ? JSON.stringify(view.value, null, 2) : view.text;
  return [status, ...(view.note ? ['(what the model reads; --full prints the whole response)'] : []), body];
}

async function readInput(value: unknown, io: CliIo): Promise<unknown> {
  if (value === undefined) return {};
  let text = String(value);
  if (text === '-') {
    if (!io.readStdin) throw new CliUsageError({ message: '--input -: no standard input here', command: 'call' });
    text = await io.readStdin();
  } else if (text.startsWith('@')) {
    const path = resolve(io.cwd ?? process.cwd(), text.slice(1));
    text = await readFile(path, 'utf8').catch(() => {
      throw new CliUsageError({ message: `--input: cannot read ${path}`, command: 'call' });
    });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new CliUsageError({ message: `--input is not valid JSON: ${(error as Error).message}`, command: 'call' });
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new CliUsageError({ message: '--input must be a JSON object, e.g. \'{"invoiceId":"in_1"}\'', command: 'call' });
  }
  return parsed;
}

function describeResult(result: ToolResult): string[] {
  if (result.ok) {
    const data = isBinary(result.data)
      ? `(binary ${result.data.contentType}, ${result.data.size} bytes; --json prints it as base64)`
      : typeof result.data === 'string'
        ? result.data
        : JSON.stringify(result.data, null, 2);
    return [
      `← ${result.status} ${result.contentType ?? ''}${result.truncated ? ' (truncated)' : ''}`.trimEnd(),
      ...(result.data === null || result.data === undefined ? [] : [data]),
    ];
  }
  const lines = [`✗ ${result.error.kind}${result.status !== undefined ? ` (${result.status})` : ''}: ${result.error.message}`];
  for (const issue of result.error.issues ?? []) {
    const text = `${issue.path || 'input'}: ${issue.message}`;
    if (!result.error.message.includes(text)) lines.push(`  ${text}`);
  }
  if (result.error.body !== undefined) {
    lines.push(typeof result.error.body === 'string' ? result.error.body : JSON.stringify(result.error.body, null, 2));
  }
  return lines;
}

function isBinary(data: unknown): data is BinaryData {
  return data !== null && typeof data === 'object' && typeof (data as BinaryData).base64 === 'string' && typeof (data as BinaryData).size === 'number';
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
