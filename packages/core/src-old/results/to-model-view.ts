/** The one function that decides what a model reads of a `ToolResult`: budgeted, compacted, cut as valid JSON, with a note. */
import { isJsonMediaType } from '../invoker/serialize-body';
import { isBinaryData } from '../is-binary-data';
import { estimateTextTokens } from '../tokens/estimate-text-tokens';
import type { ToolDescriptor } from '../tool-descriptor';
import type { ToolResult } from '../tool-result';
import { compactValue, type CompactionCounts } from './compact-value';
import { cutTextLines } from './cut-text-lines';
import { findMainList } from './find-main-list';
import { fitJson } from './fit-json';
import { fitToBudget } from './fit-to-budget';
import { htmlToText } from './html-to-text';
import type { ModelView } from './model-view';
import { modelViewNote, type ModelViewFacts } from './model-view-note';
import { nextPageInput } from './next-page-input';
import { parseJsonPrefix } from './parse-json-prefix';
import { resolveResultSettings } from './resolve-result-settings';
import { restOfPageInput } from './rest-of-page-input';
import { estimatedBudgetShare, estimatedTableBudgetShare, type ResultViewOptions, type TokenCounter } from './results-options';
import { selectFields } from './select-fields';
import { tabulateMainList } from './tabulate-main-list';
import type { ToolResultSettings } from './tool-result-settings';

/** Options of `toModelView`. */
export interface ToModelViewOptions {
  result: ToolResult;
  /** The tool that produced it: its budget, paging inputs and field-selection input. */
  tool?: ToolDescriptor;
  /** The input of the call (for the next page's inputs and the selected fields). */
  input?: unknown;
  /** The name the model calls the tool by, when the framework renamed it (default `tool.name`). */
  toolName?: string;
  /** An adapter's or the CLI's `results` option, over the tool's own. */
  results?: ResultViewOptions;
  /** Token counter (default: `results.countTokens`, else core's fast estimate with headroom for its error). */
  countTokens?: TokenCounter;
}

/**
 * What the model reads of `result`, never over the tool's token budget: JSON bodies without nulls, empty values,
 * API links and media links (compaction), only the selected fields (when the model named some), cut to valid JSON (the main list keeps the
 * items that fit, long strings and nested lists end in a marker), with a note saying how many items were shown
 * and which inputs of this tool fetch the rest or the next page; text and CSV cut at a line boundary; HTML as
 * readable text; errors with their body cut alike. The `ToolResult` itself is not changed.
 *
 * @example
 * ```ts
 * const view = await toModelView({ result, tool, input });
 * view.text; // what the model reads; view.tokens <= tool.results.maxTokens
 * ```
 */
export async function toModelView(options: ToModelViewOptions): Promise<ModelView> {
  const { result, tool } = options;
  const resolved = resolveResultSettings({ tool, results: options.results });
  const exact = options.countTokens ?? options.results?.countTokens;
  const countTokens = exact ?? estimateTextTokens;
  const facts: ModelViewFacts = { toolName: options.toolName ?? tool?.name, maxTokens: resolved.maxTokens };
  // An estimate can be a few percent under the model's count: it fills only part of the budget.
  const settings = exact ? resolved : { ...resolved, maxTokens: Math.max(1, Math.floor(resolved.maxTokens * estimatedBudgetShare)) };
  const input = isRecord(options.input) ? options.input : {};
  const budget = { settings, countTokens, facts, input, estimated: !exact };
  if (!result.ok) {
    if (result.error.kind === 'denied') {
      const reason = result.error.message;
      return { type: 'denied', value: reason, text: JSON.stringify({ error: 'denied', message: reason }) };
    }
    return await errorView({ result, budget });
  }
  const { data, status } = result;
  if (data === null || data === undefined || data === '') {
    return await plain({ type: 'text', text: `HTTP ${status}: the operation succeeded with no response body.`, budget });
  }
  if (isBinaryData(data)) {
    return await plain({ type: 'text', text: `HTTP ${status}: binary response (${data.contentType}, ${data.size} bytes), not shown.`, budget });
  }
  if (result.truncated === true) facts.sizeCapped = { totalBytes: result.totalBytes };
  if (typeof data === 'string' && result.truncated === true && isJsonMediaType(result.contentType ?? '')) {
    const start = parseJsonPrefix(data);
    if (start !== undefined) return await jsonView({ data: start, headers: result.headers, budget });
  }
  if (typeof data === 'string') {
    // Cut at the size cap, a text ends in a part of a line: the model reads whole lines.
    const received = result.truncated === true && data.lastIndexOf('\n') > 0 ? data.slice(0, data.lastIndexOf('\n')) : data;
    return await textView({ text: await readableText({ data: received, contentType: result.contentType }), budget });
  }
  return await jsonView({ data, headers: result.headers, budget });
}

interface Budget {
  settings: ToolResultSettings;
  countTokens: TokenCounter;
  facts: ModelViewFacts;
  input: Record<string, unknown>;
  /** Tokens are estimated (the budget in `settings` already keeps headroom for the estimate's error). */
  estimated: boolean;
}

async function jsonView(options: { data: unknown; headers: Record<string, string> | undefined; budget: Budget }): Promise<ModelView> {
  const { data, budget } = options;
  const { settings, facts, input } = budget;
  const list = findMainList(data);
  facts.next = nextPageInput({ headers: options.headers, body: data, input, paging: settings.paging, items: list?.items });
  facts.pageSizeInput = settings.paging.pageSize;
  facts.selectInput = settings.selectInput;
  const counts: CompactionCounts = { nulls: 0, links: 0, empty: 0, media: 0 };
  // Cut at the size cap, an object or list at the cut may be empty only because the rest was not received.
  const kinds = facts.sizeCapped ? { ...settings.compact, empty: false } : settings.compact;
  let value = compactValue({ value: data, kinds, apiOrigins: settings.apiOrigins, counts });
  facts.compacted = counts;
  const selected = settings.selectInput === undefined ? undefined : readSelection(input[settings.selectInput]);
  if (selected) {
    const picked = selectFields({ value, paths: selected });
    value = picked.value;
    facts.missing = picked.missing;
  }
  const bodyText = JSON.stringify(value) ?? 'null';
  // A table is shorter than the list it shows: cut the list to as much more as the table saves.
  const tablePath = settings.tables ? findMainList(value)?.path : undefined;
  const wholeTable = tablePath && tabulateMainList({ value, path: tablePath });
  const tableShare = wholeTable === undefined ? 1 : JSON.stringify(wholeTable).length / bodyText.length;
  const headroom = wholeTable !== undefined && budget.estimated ? estimatedTableBudgetShare / estimatedBudgetShare : 1;
  const viewed = await fitToBudget({
    bodyText,
    maxTokens: Math.max(1, Math.floor(settings.maxTokens * headroom)),
    countTokens: budget.countTokens,
    build: (maxChars) => {
      const fitted = maxChars === undefined ? { value } : fitJson({ value, maxChars: Math.floor(maxChars / tableShare) });
      if (fitted.value === undefined) return undefined;
      const tabled = tablePath && tabulateMainList({ value: fitted.value, path: tablePath });
      // Cut at the size cap, the list received is itself a cut of the response: its rest is fetched the same way.
      const listCut = fitted.cut?.list ?? (facts.sizeCapped && list ? { path: list.path, shown: list.items.length, total: list.items.length } : undefined);
      const rest = listCut && list ? restOfPageInput({ input, paging: settings.paging, items: list.items, shown: listCut.shown }) : undefined;
      const cut = listCut && !fitted.cut?.list ? { shrunk: { strings: 0, arrays: 0 }, fields: 0, ...fitted.cut, list: listCut } : fitted.cut;
      const table = tabled === undefined ? {} : { table: tablePath };
      const note = modelViewNote({ ...facts, ...(cut ? { cut } : {}), ...(rest ? { rest } : {}), ...table });
      const result = tabled ?? fitted.value;
      const shown = note === undefined ? result : { note, result };
      return { type: 'json' as const, value: shown, text: JSON.stringify(shown), ...(note ? { note } : {}) };
    },
    fallback: (text) => noteOnly({ facts, text }),
  });
  return viewed;
}

async function textView(options: { text: string; budget: Budget }): Promise<ModelView> {
  const { text, budget } = options;
  const { facts, settings } = budget;
  return await fitToBudget({
    bodyText: text,
    maxTokens: settings.maxTokens,
    countTokens: budget.countTokens,
    build: (maxChars) => {
      const cut = maxChars === undefined ? { text } : cutTextLines({ text, maxChars });
      const note = modelViewNote({ ...facts, ...(cut.cut ? { lines: cut.cut } : {}) });
      const shown = note === undefined ? cut.text : `${cut.text}\n\n[${note}]`;
      return { type: 'text' as const, value: shown, text: shown, ...(note ? { note } : {}) };
    },
    fallback: (cutText) => noteOnly({ facts, text: cutText }),
  });
}

async function errorView(options: { result: Extract<ToolResult, { ok: false }>; budget: Budget }): Promise<ModelView> {
  const { result, budget } = options;
  const { error } = result;
  const head: Record<string, unknown> = { error: error.kind, message: error.message };
  if (result.status !== undefined) head.status = result.status;
  if (error.issues !== undefined && error.issues.length > 0) {
    head.issues = error.issues.map((issue) => `${issue.path === '' ? '(input)' : issue.path}: ${issue.message}`);
  }
  let body = error.body;
  if (typeof body === 'string') body = await readableText({ data: body, contentType: undefined });
  const bodyText = body === undefined ? '' : (JSON.stringify(body) ?? '');
  return await fitToBudget({
    bodyText: bodyText || JSON.stringify(head),
    maxTokens: budget.settings.maxTokens,
    countTokens: budget.countTokens,
    build: (maxChars) => {
      let shownBody = body;
      if (maxChars !== undefined && body !== undefined) {
        const room = maxChars - JSON.stringify(head).length;
        shownBody = typeof body === 'string' ? cutTextLines({ text: body, maxChars: Math.max(0, room) }).text : fitJson({ value: body, maxChars: room }).value;
      }
      const value = shownBody === undefined ? head : { ...head, body: shownBody };
      return { type: 'error' as const, value, text: JSON.stringify(value) };
    },
    fallback: (text) => {
      const value = { error: error.kind, message: text ?? error.message.slice(0, 200) };
      return { type: 'error' as const, value, text: JSON.stringify(value) };
    },
  });
}

/** A short text shown as it is (or cut at the budget in bytes). */
async function plain(options: { type: 'text'; text: string; budget: Budget }): Promise<ModelView> {
  const { type, text, budget } = options;
  return await fitToBudget({
    bodyText: text,
    maxTokens: budget.settings.maxTokens,
    countTokens: budget.countTokens,
    build: () => ({ type, value: text, text }),
    fallback: (cut) => ({ type, value: cut ?? text, text: cut ?? text }),
  });
}

function noteOnly(options: { facts: ModelViewFacts; text?: string }): Omit<ModelView, 'tokens'> {
  const note = options.text ?? `The response is too large to show within ${options.facts.maxTokens} tokens; ask for less (filters, a smaller page${options.facts.selectInput ? `, or fewer fields in \`${options.facts.selectInput}\`` : ''}).`;
  return { type: 'text', value: note, text: note, note };
}

async function readableText(options: { data: string; contentType: string | undefined }): Promise<string> {
  const type = (options.contentType ?? '').split(';')[0].trim().toLowerCase();
  const looksHtml = type === 'text/html' || type === 'application/xhtml+xml' || /^\s*(<!doctype html|<html[\s>])/i.test(options.data);
  return looksHtml ? await htmlToText(options.data) : options.data;
}

function readSelection(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const paths = value.filter((path): path is string => typeof path === 'string' && path.trim() !== '');
  return paths.length > 0 ? paths : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
