/** Turns an HTML body into readable text (headings, paragraphs, list items, links with their targets) with htmlparser2. */

const skipped = new Set(['script', 'style', 'head', 'noscript', 'template', 'svg', 'iframe', 'object']);
const blocks = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'table', 'tr', 'pre', 'blockquote', 'form', 'fieldset', 'dl', 'dt', 'dd', 'figure', 'hr', 'address',
]);

/**
 * The text a reader sees in `html`: scripts, styles and the head left out, one line per block, `- ` before list
 * items, `#` before headings, table cells split by ` | `, and each link's target after its text when it differs.
 * htmlparser2 (loaded on first use) reads the markup and decodes entities.
 */
export async function htmlToText(html: string): Promise<string> {
  const { Parser } = await import('htmlparser2');
  let out = '';
  let skipDepth = 0;
  let preDepth = 0;
  const links: Array<{ href: string; start: number }> = [];
  const newline = () => {
    out = out.replace(/[ \t]+$/, '');
    if (out !== '' && !out.endsWith('\n')) out += '\n';
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (skipped.has(name)) skipDepth++;
        if (skipDepth > 0) return;
        if (name === 'br') out += '\n';
        else if (blocks.has(name)) newline();
        if (name === 'pre') preDepth++;
        if (name === 'li') out += '- ';
        else if (/^h[1-6]$/.test(name)) out += `${'#'.repeat(Number(name[1]))} `;
        else if ((name === 'td' || name === 'th') && !out.endsWith('\n') && out !== '') out += ' | ';
        else if (name === 'a') links.push({ href: attributes.href ?? '', start: out.length });
        else if (name === 'img' && attributes.alt) out += `[${attributes.alt}]`;
      },
      ontext(text) {
        if (skipDepth > 0) return;
        out += preDepth > 0 ? text : text.replace(/\s+/g, ' ').replace(/^ /, out === '' || /[\s]$/.test(out) ? '' : ' ');
      },
      onclosetag(name) {
        if (skipped.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth > 0) return;
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if (name === 'a') {
          const link = links.pop();
          const label = link ? out.slice(link.start).trim() : '';
          if (link && link.href && !link.href.startsWith('#') && !link.href.startsWith('javascript:') && link.href !== label) {
            out += ` (${link.href})`;
          }
        } else if (blocks.has(name)) newline();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return out
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
