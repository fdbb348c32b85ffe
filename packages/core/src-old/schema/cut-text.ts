/** Cuts prose past a length limit at a word boundary, marking the cut with `…`. */

/** `text` unchanged when within `maxLength` (or no limit); else cut at the last space in reach and ended with `…`. */
export function cutText(options: { text: string; maxLength?: number }): string {
  const { text, maxLength } = options;
  if (maxLength === undefined || text.length <= maxLength) return text;
  const cut = text.slice(0, Math.max(0, maxLength - 1));
  const boundary = cut.lastIndexOf(' ');
  return `${(boundary > maxLength * 0.6 ? cut.slice(0, boundary) : cut).trimEnd()}…`;
}
