/** Finds the tools a query names by their route: `GET /repos/octocat/hello-world/pulls`, `POST /v1/refunds`. */
import { escapeRegExp } from '../escape-reg-exp';
import type { ToolDescriptor } from '../tool-descriptor';
import { unquoted } from './unquoted';

/** An HTTP method (optional), then a path or a URL; its scheme and host, query string and fragment are left out. */
const routeQuery = /^(?:(get|put|post|delete|patch|head|options|trace)\s+)?(?:https?:\/\/[^/\s]+)?(\/[^\s?#]*)(?:[?#]\S*)?$/i;
/** A segment the query marks as a parameter, as the spec (`{owner}`) or a router (`:owner`) writes it. */
const queryParameter = /^(\{[^}]*\}|:\w+)$/;

/** A segment with parameters (`raw`, lower case); `literal`: how much of a literal it is, 0 for `{id}`, 0.25 for `{id}.json`. */
interface Pattern {
  raw: string;
  pattern: RegExp;
  literal: number;
}

interface Template {
  index: number;
  method: string;
  /** Per segment, a literal (lower case) or a pattern for a segment with parameters (`{id}`, `thumbnail.{extension}`). */
  segments: Array<string | Pattern>;
}

/**
 * Returns a lookup from a query to the positions of the tools whose route it is: an optional method and a path that
 * the tool's path template matches segment by segment (a literal alike, case aside; a parameter with any value, or
 * written as a parameter; `{id}.json` as a pattern), or whose end it matches (a base path in front: `/api/v3/users`
 * for `/users`); a URL counts by its path. When several match, those with the most literal segments; none when the
 * query is not a route. A model that knows an API's endpoints, or copied one from its docs, finds the operation by
 * it: words alone put the operation first for only 261 of Stripe's 468 routes.
 */
export function findRoutedTools(tools: readonly ToolDescriptor[]): (query: string) => number[] {
  const templates: Template[] = tools.map((tool, index) => ({
    index,
    method: tool.operation.method.toLowerCase(),
    segments: splitPath(tool.operation.path).map(templateSegment),
  }));
  return (query) => {
    const match = routeQuery.exec(unquoted(query));
    if (match === null) return [];
    const method = match[1]?.toLowerCase();
    const path = splitPath(match[2]);
    let best: { literals: number; indexes: number[] } = { literals: -1, indexes: [] };
    for (const template of templates) {
      if (method !== undefined && template.method !== method) continue;
      const literals = matchedLiterals(template.segments, path);
      if (literals === undefined || literals < best.literals) continue;
      if (literals > best.literals) best = { literals, indexes: [] };
      best.indexes.push(template.index);
    }
    // only parameters matched, at the end of a longer path: no evidence it is this route
    return best.literals >= 0.5 ? best.indexes : [];
  };
}

function splitPath(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

function templateSegment(segment: string): string | Pattern {
  if (!segment.includes('{')) return segment.toLowerCase();
  const parts = segment.split(/(\{[^}]*\})/).filter((part) => part !== '');
  const pattern = parts.map((part) => (part.startsWith('{') ? '[^/]+' : escapeRegExp(part))).join('');
  return { raw: segment.toLowerCase(), pattern: new RegExp(`^${pattern}$`, 'i'), literal: parts.every((part) => part.startsWith('{')) ? 0 : 0.25 };
}

/** How many literal segments match when the template matches the path or its end, else undefined. */
function matchedLiterals(template: ReadonlyArray<string | Pattern>, path: readonly string[]): number | undefined {
  if (path.length < template.length || (template.length === 0 && path.length > 0)) return undefined;
  const tail = path.slice(path.length - template.length);
  let literals = 0;
  for (const [at, segment] of template.entries()) {
    const given = tail[at];
    if (typeof segment === 'string') {
      if (given.toLowerCase() !== segment) return undefined;
      literals++;
    } else if (given.toLowerCase() === segment.raw) {
      // the template's own segment, copied: `{base}...{head}`
      literals += 1;
    } else if (queryParameter.test(given)) {
      // a parameter, written as one: it says nothing of a pattern's literal part
    } else if (segment.pattern.test(given)) {
      literals += segment.literal;
    } else {
      return undefined;
    }
  }
  // a base path in front counts for less than the route itself
  return path.length === template.length ? literals + 0.5 : literals;
}
