/** `pnpm bench:results`: what a model reads of GitHub responses before and after the results view (budget, compaction, selection). */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { loadO200kTokenCounter } from '@apiwire/cli';
import { estimateTextTokens, loadApiServer, toModelView, type ApiServer, type ToolDescriptor, type ToolResult } from '@apiwire/core';
import { githubListExamples, type ExampleOperation } from './lib/github-list-examples';
import { githubSpecPath } from './lib/github-spec';
import { runSectionIfMain } from './lib/run-section-if-main';

const budget = 8000;
const pageSizes = [30, 100];
const selectable = ['number', 'id', 'name', 'title', 'login', 'full_name', 'state', 'sha', 'status', 'conclusion', 'html_url'];

interface Measure {
  operation: string;
  size: number;
  /** Tokens of the body as the model read it before: the whole JSON. */
  before: number;
  beforeExact: number;
  defaults: number;
  defaultsExact: number;
  compactOnly: number;
  budgetOnly: number;
  /** Exact tokens of the default view with `tables: true` (the main list as columns and rows). */
  tablesExact: number;
  selected?: number;
  validJson: boolean;
  overCap: boolean;
  /** Over the cap: the view of the bytes received is valid JSON, within the budget (exact), and names the rest. */
  cappedViewFine?: boolean;
}

/** Runs the benchmark and returns its markdown section. */
export async function run(): Promise<string> {
  const document = JSON.parse(await readFile(await githubSpecPath(), 'utf8')) as Record<string, unknown>;
  const examples = githubListExamples(document);
  const answer: { body: string; link?: string } = { body: '{}' };
  const http = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', ...(answer.link ? { link: answer.link.replace('{origin}', `http://${request.headers.host}`) } : {}) });
    response.end(answer.body);
  });
  await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
  const baseUrl = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  try {
    const plain = await loadApiServer({ name: 'github', spec: document, baseUrl, maxResponseBytes: 64 * 1024 * 1024 });
    const selecting = await loadApiServer({ name: 'github', spec: document, baseUrl, results: { select: true }, maxResponseBytes: 64 * 1024 * 1024 });
    const capped = await loadApiServer({ name: 'github', spec: document, baseUrl });
    const measures: Measure[] = [];
    const skipped: string[] = [];
    for (const example of examples) {
      const tool = toolFor(plain, example.path);
      const selectingTool = toolFor(selecting, example.path);
      if (!tool || !selectingTool) continue;
      for (const size of example.listPath ? pageSizes : [1]) {
        const body = example.listPath ? grow({ example: example.example, listPath: example.listPath, size }) : example.example;
        answer.body = JSON.stringify(body);
        answer.link = example.listPath ? `<{origin}${example.path}?per_page=${size}&page=2>; rel="next"` : undefined;
        const input = sampleInput({ tool, size: example.listPath ? size : undefined });
        const measured = await measure({ example, size, tool, selectingTool, capped: toolFor(capped, example.path)!, input });
        if (typeof measured === 'string') skipped.push(measured);
        else measures.push(measured);
      }
    }
    return `${report(measures)}\n\nNot measured (the sample input was refused): ${skipped.length}${skipped.length > 0 ? ` (${skipped.slice(0, 3).join('; ')}${skipped.length > 3 ? '; …' : ''})` : ''}`;
  } finally {
    await new Promise((done) => http.close(done));
  }
}

async function measure(options: { example: ExampleOperation; size: number; tool: ToolDescriptor; selectingTool: ToolDescriptor; capped: ToolDescriptor; input: Record<string, unknown> }): Promise<Measure | string> {
  const { tool, input } = options;
  const result = await tool.invoke(input);
  if (!result.ok) return `${tool.name}: ${result.error.message}`;
  const tokensOf = async (view: Promise<{ text: string }>) => estimateTextTokens((await view).text);
  const defaults = await toModelView({ result, tool, input });
  const item = firstItem(options.example);
  const fields = item ? selectable.filter((key) => key in item).slice(0, 4) : [];
  let selected: number | undefined;
  if (fields.length > 0) {
    const selectInput = { ...input, _select: fields };
    const selectedResult = await options.selectingTool.invoke(selectInput);
    selected = await tokensOf(toModelView({ result: selectedResult, tool: options.selectingTool, input: selectInput }));
  }
  const exact = await loadO200kTokenCounter();
  const cappedResult: ToolResult = await options.capped.invoke(input);
  const overCap = cappedResult.ok && cappedResult.truncated === true;
  let cappedViewFine: boolean | undefined;
  if (overCap) {
    const view = await toModelView({ result: cappedResult, tool: options.capped, input });
    cappedViewFine = isJson(view.text) && exact(view.text) <= budget && /of the \d+ items received/.test(view.note ?? '') && /To get the items after these/.test(view.note ?? '');
  }
  return {
    operation: tool.operation.operationId ?? tool.name,
    size: options.size,
    before: estimateTextTokens(JSON.stringify(result.data)),
    beforeExact: exact(JSON.stringify(result.data)),
    defaults: estimateTextTokens(defaults.text),
    defaultsExact: exact(defaults.text),
    compactOnly: await tokensOf(toModelView({ result, tool, input, results: { maxTokens: 100_000_000 } })),
    budgetOnly: await tokensOf(toModelView({ result, tool, input, results: { compact: false } })),
    tablesExact: exact((await toModelView({ result, tool, input, results: { tables: true } })).text),
    ...(selected === undefined ? {} : { selected }),
    validJson: isJson(defaults.text),
    overCap,
    ...(cappedViewFine === undefined ? {} : { cappedViewFine }),
  };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function toolFor(server: ApiServer, path: string): ToolDescriptor | undefined {
  return server.tools.find((tool) => tool.operation.method === 'GET' && tool.operation.path === path);
}

/** A page of `size` items made from the example's items, each with its own id and number. */
function grow(options: { example: unknown; listPath: string[]; size: number }): unknown {
  const items = (options.listPath.length === 0 ? options.example : (options.example as Record<string, unknown>)[options.listPath[0]]) as unknown[];
  const page = Array.from({ length: options.size }, (_, index) => {
    const item = structuredClone(items[index % items.length]);
    if (item !== null && typeof item === 'object') {
      const record = item as Record<string, unknown>;
      if (typeof record.id === 'number') record.id += index;
      if (typeof record.number === 'number') record.number += index;
    }
    return item;
  });
  return options.listPath.length === 0 ? page : { ...(options.example as Record<string, unknown>), [options.listPath[0]]: page };
}

function firstItem(example: ExampleOperation): Record<string, unknown> | undefined {
  const value = example.listPath === undefined ? example.example : example.listPath.length === 0 ? (example.example as unknown[])[0] : ((example.example as Record<string, unknown[]>)[example.listPath[0]] ?? [])[0];
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** Required inputs filled with plain values; `per_page` set to the page size when the tool has it. */
function sampleInput(options: { tool: ToolDescriptor; size: number | undefined }): Record<string, unknown> {
  const schema = options.tool.inputSchema as { properties?: Record<string, { type?: unknown; enum?: unknown[]; format?: unknown }>; required?: string[] };
  const input: Record<string, unknown> = {};
  const text = (format: unknown) => (format === 'date' ? '2026-11-01' : format === 'date-time' ? '2026-11-01T00:00:00Z' : 'octocat');
  for (const name of schema.required ?? []) {
    const property = schema.properties?.[name] ?? {};
    input[name] = property.enum?.[0] ?? (property.type === 'integer' || property.type === 'number' ? 1 : property.type === 'boolean' ? true : text(property.format));
  }
  if (options.size !== undefined && schema.properties?.per_page) input.per_page = options.size;
  return input;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.floor((sorted.length - 1) / 2)];
}

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

function report(measures: Measure[]): string {
  const lines = [
    `Model-facing tokens (core's estimate; "exact" is o200k) of GitHub GET responses built from the spec's JSON examples, served by a local HTTP server; lists grown to pages of 30 and 100. Defaults: ${budget}-token budget, compaction on. "before" is the whole body as the model read it before the results view. "with tables": the defaults plus \`results: { tables: true }\` (opt-in; change against "before, exact").`,
    '',
    '| responses | operations | median before | median defaults | change | median before, exact | median defaults, exact | change, exact | p90 defaults | max defaults | max defaults, exact | median compaction only | median budget only | median with tables, exact | median with _select | over budget (estimate / exact) | not valid JSON | over the 1 MiB cap (view valid JSON, within budget, names the rest) |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const size of [1, ...pageSizes]) {
    const group = measures.filter((entry) => entry.size === size);
    if (group.length === 0) continue;
    const before = median(group.map((entry) => entry.before));
    const after = median(group.map((entry) => entry.defaults));
    const beforeExact = median(group.map((entry) => entry.beforeExact));
    const afterExact = median(group.map((entry) => entry.defaultsExact));
    const capped = group.filter((entry) => entry.overCap);
    const selectedGroup = group.filter((entry) => entry.selected !== undefined);
    lines.push(
      `| ${size === 1 ? 'single objects' : `lists of ${size}`} | ${group.length} | ${before} | ${after} | ${Math.round((100 * (after - before)) / before)} % | ${beforeExact} | ${afterExact} | ${Math.round((100 * (afterExact - beforeExact)) / beforeExact)} % | ${percentile(group.map((entry) => entry.defaults), 0.9)} | ${Math.max(...group.map((entry) => entry.defaults))} | ${Math.max(...group.map((entry) => entry.defaultsExact))} | ${median(group.map((entry) => entry.compactOnly))} | ${median(group.map((entry) => entry.budgetOnly))} | ${median(group.map((entry) => entry.tablesExact))} (${Math.round((100 * (median(group.map((entry) => entry.tablesExact)) - beforeExact)) / beforeExact)} %, ${group.filter((entry) => entry.tablesExact > budget).length} over budget) | ${median(selectedGroup.map((entry) => entry.selected!))} (${selectedGroup.length} ops) | ${group.filter((entry) => entry.defaults > budget).length} / ${group.filter((entry) => entry.defaultsExact > budget).length} | ${group.filter((entry) => !entry.validJson).length} | ${capped.length} (${capped.filter((entry) => entry.cappedViewFine).length}) |`,
    );
  }
  const worst = Math.max(...measures.map((entry) => entry.defaultsExact / Math.max(1, entry.defaults)));
  const worstExact = Math.max(...measures.map((entry) => entry.defaultsExact));
  lines.push('', `Largest exact o200k count of a default view: ${worstExact} tokens; largest exact / estimate ratio: ${worst.toFixed(3)}.`);
  lines.push('', 'Named lists, 30 items: before -> defaults (compaction only); exact o200k: before -> defaults', '');
  for (const operation of ['issues/list-for-repo', 'repos/list-for-org', 'actions/list-workflow-runs-for-repo', 'pulls/list']) {
    const entry = measures.find((candidate) => candidate.operation === operation && candidate.size === 30);
    if (entry) lines.push(`- ${operation}: ${entry.before} -> ${entry.defaults} (${entry.compactOnly}); exact ${entry.beforeExact} -> ${entry.defaultsExact}`);
  }
  return lines.join('\n');
}

runSectionIfMain(import.meta.url, run);
