/** Masks credential query parameters (and any known secret) in a URL before it goes into a result. */
import type { Redactor } from './create-redactor';

/** Replaces the values of `names` in the query with `***`, then masks known secrets anywhere in the URL. */
export function maskUrl(options: { url: string; names: Iterable<string>; redactor: Redactor }): string {
  const names = new Set(options.names);
  let url = options.url;
  if (names.size > 0) {
    const queryStart = url.indexOf('?');
    if (queryStart >= 0) {
      const pairs = url.slice(queryStart + 1).split('&').map((pair) => {
        const equals = pair.indexOf('=');
        const rawName = equals >= 0 ? pair.slice(0, equals) : pair;
        let name = rawName;
        try {
          name = decodeURIComponent(rawName.replace(/\+/g, ' '));
        } catch {
          // keep the raw name
        }
        return names.has(name) ? `${rawName}=***` : pair;
      });
      url = `${url.slice(0, queryStart)}?${pairs.join('&')}`;
    }
  }
  return options.redactor.text(url);
}
