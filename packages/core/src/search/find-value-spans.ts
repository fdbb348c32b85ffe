/** Finds the values in a search query (quoted text, proper names) so they are not read as operation words. */

/** A value the user named: the text, its position in the query, and whether it is written as an identifier. */
export interface ValueSpan {
  text: string;
  start: number;
  end: number;
  /** `parseConfig`, `user_id`, `package.json`, `octocat/hello-world`: a name from code, a file or a path. */
  identifier?: boolean;
  /** `report.pdf`, `docs/setup.md`: a file's name, by a common file extension. */
  file?: boolean;
}

/**
 * Common extensions of documents, images, audio and video, archives, data, configuration and code. Not `.js`:
 * `next.js`, `node.js`, `d3.js` name projects as often as files.
 */
const fileExtension =
  /\.(txt|md|rst|pdf|docx?|xlsx?|pptx?|odt|ods|csv|tsv|json|ya?ml|xml|toml|ini|cfg|conf|env|lock|log|sql|html?|css|png|jpe?g|gif|svg|webp|bmp|tiff?|ico|heic|mp[34]|mov|avi|mkv|webm|wav|flac|ogg|m4a|zip|tar|gz|tgz|bz2|7z|rar|iso|dmg|exe|apk|ipa|jar|whl|crt|pem|key|pfx|p12|cer|ts|tsx|jsx|py|rb|go|rs|java|kt|swift|cs|cpp|c|h|php|sh|ps1|bat|ipynb)$/i;

/** camelCase humps, or letters joined by `_`, `.` or `/` (with a letter after a dot: `v1.2` is a number). */
const identifierShape = /\p{Ll}\p{Lu}|[\p{L}\p{N}]_[\p{L}\p{N}]|[\p{L}\p{N}]\.\p{L}|[\p{L}\p{N}]\/[\p{L}\p{N}]/u;

const joiners = new Set(['of', 'the', 'and', '&', 'de', 'la', 'von', 'van', 'a']);

/**
 * Quoted text (`"The Matrix"`, `'My Rock'`), identifiers (`parseConfig`, `package.json`, `octocat/hello-world`)
 * and runs of capitalised words that do not start a sentence (`Sofia Coppola`, `Game of Thrones`). Short all-capital words (`TV`, `API`) and `I` are concepts, not names;
 * a query in Title Case throughout has no names by capitalisation.
 */
export function findValueSpans(query: string): ValueSpan[] {
  const spans: ValueSpan[] = [];
  const quoted = /"([^"]+)"|(?:^|(?<=[\s(]))'([^']+)'(?=$|[\s.,!?;:)])|“([^”]+)”|‘([^’]+)’/g;
  for (const match of query.matchAll(quoted)) {
    spans.push({ text: match[1] ?? match[2] ?? match[3] ?? match[4], start: match.index, end: match.index + match[0].length });
  }
  const inQuotes = (offset: number) => spans.some((span) => offset >= span.start && offset < span.end);

  const tokens = [...query.matchAll(/[^\s"“”‘]+/g)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
  const words = tokens.filter((token) => /[\p{L}\p{N}]/u.test(token.text));
  const isSentenceStart = (index: number) => {
    if (index === 0) return true;
    const before = query.slice(words[index - 1].end, words[index].start);
    return /[.!?:]/.test(words[index - 1].text.slice(-1)) || /[.!?:]/.test(before);
  };
  const isName = (text: string) => {
    const bare = text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/['’]s$/u, '');
    if (bare === '' || bare === 'I') return false;
    if (/^\p{Lu}{1,3}$/u.test(bare)) return false;
    return /^\p{Lu}/u.test(bare) || /^\p{N}+$/u.test(bare);
  };

  const identifiers = new Set<number>();
  words.forEach((word, index) => {
    if (inQuotes(word.start)) return;
    const bare = word.text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!identifierShape.test(bare)) return;
    identifiers.add(index);
    const start = word.start + word.text.indexOf(bare);
    spans.push({ text: bare, start, end: start + bare.length, identifier: true, ...(fileExtension.test(bare) ? { file: true } : {}) });
  });
  const candidates = words.map(
    (word, index) => !inQuotes(word.start) && !identifiers.has(index) && !isSentenceStart(index) && isName(word.text),
  );
  const lowerCaseWords = words.filter((word, index) => !isSentenceStart(index) && /^\p{Ll}/u.test(word.text)).length;
  if (lowerCaseWords === 0) return spans.sort((left, right) => left.start - right.start);

  for (let index = 0; index < words.length; index++) {
    if (!candidates[index] || /^\p{N}+$/u.test(words[index].text)) {
      // a run starts at a capitalised word; a leading number joins only when a name follows (`2 Broke Girls`)
      if (!(/^\p{N}+$/u.test(words[index].text) && candidates[index + 1])) continue;
    }
    let last = index;
    while (last + 1 < words.length) {
      let next = last + 1;
      while (next < words.length && next - last <= 2 && joiners.has(words[next].text.toLowerCase())) next++;
      if (next < words.length && candidates[next]) last = next;
      else break;
      if (/[.,!?;:]$/.test(words[last].text)) break;
    }
    spans.push({ text: query.slice(words[index].start, words[last].end), start: words[index].start, end: words[last].end });
    index = last;
  }
  return spans.sort((left, right) => left.start - right.start);
}
