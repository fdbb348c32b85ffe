/** Writes the note a model reads beside a cut or paged result: what it sees, what was left out, how to get the rest. */
import type { CompactionCounts } from './compact-value';
import type { JsonCut } from './fit-json';
import type { NextPage } from './next-page-input';

/** What happened to one result on its way to the model. */
export interface ModelViewFacts {
  /** The tool name the model calls, when known. */
  toolName?: string;
  maxTokens: number;
  cut?: JsonCut;
  /** Inputs that fetch the items of the cut list not shown. */
  rest?: Record<string, unknown>;
  next?: NextPage;
  /** The input that sets the page size, to suggest fewer items when the rest cannot be addressed. */
  pageSizeInput?: string;
  compacted?: CompactionCounts;
  /** The field-selection input, when the model can use it. */
  selectInput?: string;
  /** Selected paths that matched nothing. */
  missing?: string[];
  lines?: { shownLines: number; totalLines: number };
  /** The body was cut at the response size cap before apiwire read it (with its whole size, when declared). */
  sizeCapped?: { totalBytes?: number };
  /** Where the list shown as `{ columns, rows }` is (keys from the top), when it is one. */
  table?: string[];
}

/** One short paragraph, or undefined when the model sees the whole body as it came. */
export function modelViewNote(facts: ModelViewFacts): string | undefined {
  const call = (input: Record<string, unknown>) =>
    `call ${facts.toolName ?? 'this tool'} again with the same inputs and ${JSON.stringify(input)}`;
  const sentences: string[] = [];
  const list = facts.cut?.list;
  if (list) {
    const where = list.path.length > 0 ? ` of \`${list.path.join('.')}\`` : '';
    const budgetCut = list.shown < list.total ? ` (cut to fit ${facts.maxTokens} tokens)` : '';
    if (facts.sizeCapped) sentences.push(`Showing ${list.shown} of the ${list.total} items received${where}${budgetCut}.`);
    else sentences.push(`Showing ${list.shown} of ${list.total} items${where}${budgetCut}.`);
    if (facts.rest) sentences.push(`To get the items after these, ${call(facts.rest)}.`);
    else if (facts.pageSizeInput) sentences.push(`To see the others, ask for fewer at a time (${JSON.stringify({ [facts.pageSizeInput]: list.shown })}).`);
  }
  if (facts.table) {
    const where = facts.table.length > 0 ? `\`${facts.table.join('.')}\` is` : 'The items are';
    sentences.push(`${where} a table: each row holds one item's values in the order of \`columns\` (null: no value).`);
  }
  if (facts.lines) {
    sentences.push(`Showing the first ${facts.lines.shownLines} of ${facts.lines.totalLines} lines (cut to fit ${facts.maxTokens} tokens).`);
  }
  if (facts.next && !facts.rest) sentences.push(`More results exist: for the next page, ${call(facts.next.input)}.`);
  const shrunk = facts.cut?.shrunk;
  if (shrunk && shrunk.strings > 0) sentences.push(`${shrunk.strings} long text value(s) were shortened (marked "… [N more characters]").`);
  if (shrunk && shrunk.arrays > 0) sentences.push(`${shrunk.arrays} nested list(s) were shortened (marked "… N more items").`);
  if (facts.cut && facts.cut.fields > 0) sentences.push(`${facts.cut.fields} field(s) at the end were left out.`);
  if (facts.sizeCapped) {
    const whole = facts.sizeCapped.totalBytes === undefined ? '' : ` (${facts.sizeCapped.totalBytes} bytes)`;
    sentences.push(`The API sent more than the response size limit${whole}; only the start was received.`);
  }
  const left = leftOutSentence(facts.compacted, sentences.length > 0);
  if (left) sentences.push(left);
  if (facts.missing && facts.missing.length > 0) sentences.push(`Selected fields not found: ${facts.missing.join(', ')}.`);
  if (facts.selectInput && (list || (shrunk && shrunk.strings + shrunk.arrays > 0))) {
    sentences.push(`To see less of each item, list the fields you need in \`${facts.selectInput}\`.`);
  }
  return sentences.length > 0 ? sentences.join(' ') : undefined;
}

/**
 * What compaction left out, by kind, and where it is. Null and empty fields carry no value (a field not shown reads
 * as none), so they are counted in a note that exists but earn none of their own; left-out links always do.
 */
function leftOutSentence(counts: CompactionCounts | undefined, noteExists: boolean): string | undefined {
  if (!counts) return undefined;
  const kinds: Array<[number, string]> = [
    [counts.nulls, 'null field(s)'],
    [counts.empty, 'empty field(s) ("", [], {})'],
    [counts.links, 'API link field(s) (url, *_url, _links)'],
    [counts.media, 'media link field(s) (image, audio, video URLs)'],
  ];
  const left = kinds.filter(([count]) => count > 0).map(([count, kind]) => `${count} ${kind}`);
  if (left.length === 0 || (!noteExists && counts.links + counts.media === 0)) return undefined;
  const list = left.length === 1 ? left[0] : `${left.slice(0, -1).join(', ')} and ${left.at(-1)}`;
  return `Left out: ${list}; the app has the full response.`;
}
