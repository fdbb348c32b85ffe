/** Splits a spec's path template into what goes on the wire as the path and the query pairs it carries itself. */

/**
 * `/responses?beta=true` gives `{ path: '/responses', query: ['beta=true'] }`, sent before the call's own query
 * pairs; a fragment (`/#Action=ListUsers`, `/{Bucket}#cors`: how converted specs tell operations on one path apart)
 * is never sent over HTTP, so it is dropped rather than swallowing the query that follows it.
 */
export function splitPathTemplate(template: string): { path: string; query: string[] } {
  const hash = template.indexOf('#');
  const withoutFragment = hash === -1 ? template : template.slice(0, hash);
  const question = withoutFragment.indexOf('?');
  if (question === -1) return { path: withoutFragment, query: [] };
  const query = withoutFragment.slice(question + 1).split('&').filter((pair) => pair !== '');
  return { path: withoutFragment.slice(0, question), query };
}
