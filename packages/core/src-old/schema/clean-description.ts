/** Trims HTML and markdown noise from spec prose and cuts it, never rejecting it, past a length limit. */

import { cutText } from './cut-text';

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/**
 * Plain-ish text from spec prose: HTML tags dropped (block tags become line breaks), entities decoded, markdown
 * links and images reduced to their text, emphasis markers and heading hashes removed, blank runs collapsed.
 * Longer than `maxLength` (when given): cut at a word boundary and ended with `…`.
 */
export function cleanDescription(options: { text: string; maxLength?: number }): string {
  let text = options.text;
  if (text.includes('<')) {
    text = text
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<\s*(br|\/p|\/div|\/li|\/h[1-6]|\/tr)\s*\/?>/gi, '\n')
      .replace(/<\s*li[^>]*>/gi, '\n- ')
      .replace(/<\/?[a-zA-Z][^<>]*>/g, '');
  }
  if (text.includes('&')) {
    text = text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, code: string) => {
      const lower = code.toLowerCase();
      if (lower.startsWith('#x')) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16));
      if (lower.startsWith('#') && lower !== '#39') return String.fromCodePoint(Number(lower.slice(1)));
      return entities[lower] ?? match;
    });
  }
  if (/[[\]*_#`]/.test(text)) {
    text = text
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/^[ \t]{0,3}#{1,6}[ \t]+/gm, '')
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/```[a-z]*\n?/gi, '');
  }
  text = text
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
  return cutText({ text, maxLength: options.maxLength });
}
