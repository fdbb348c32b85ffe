/** Cuts a text body (plain text, CSV, readable HTML) at a line boundary to fit a character budget. */

/** The kept text and, when cut, how many lines are shown of how many. */
export interface TextCut {
  text: string;
  cut?: { shownLines: number; totalLines: number };
}

/**
 * `text` itself when it fits `maxChars`; else its first whole lines that fit (a CSV keeps its header line first).
 * When not even the first line fits, that line is cut at `maxChars` and marked with `…`.
 */
export function cutTextLines(options: { text: string; maxChars: number }): TextCut {
  const { text, maxChars } = options;
  if (text.length <= maxChars) return { text };
  const lines = text.split('\n');
  const totalLines = text.endsWith('\n') ? lines.length - 1 : lines.length;
  let end = 0;
  let shownLines = 0;
  while (shownLines < totalLines) {
    const next = end + lines[shownLines].length + (shownLines > 0 ? 1 : 0);
    if (next > maxChars) break;
    end = next;
    shownLines++;
  }
  if (shownLines === 0) {
    return { text: `${lines[0].slice(0, Math.max(0, maxChars - 1))}…`, cut: { shownLines: 0, totalLines } };
  }
  return { text: text.slice(0, end), cut: { shownLines, totalLines } };
}
