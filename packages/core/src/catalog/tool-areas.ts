/** The areas a set of tools covers, in the API's own words, for a model to search again with. */
import type { ToolDescriptor } from '../tool-descriptor';

/**
 * Per server, its areas, those with the most tools first (ties in first-seen order), at most `max` (default 20):
 * the operations' tags when most operations have one, else the first resource of their paths
 * (`/v1/customers/{id}` -> `customers`, `/chat.postMessage` -> `chat`). One line per server: `github: repos, issues`.
 */
export function toolAreas(tools: readonly ToolDescriptor[], options?: { max?: number }): string[] {
  const max = options?.max ?? 20;
  const byServer = new Map<string, ToolDescriptor[]>();
  for (const tool of tools) {
    const own = byServer.get(tool.server);
    if (own === undefined) byServer.set(tool.server, [tool]);
    else own.push(tool);
  }
  return [...byServer].map(([server, own]) => {
    const tagged = own.filter((tool) => tool.operation.tags.length > 0).length;
    const counts = new Map<string, number>();
    for (const tool of own) {
      const areas = tagged * 2 > own.length ? tool.operation.tags : [firstResource(tool.operation.path)];
      for (const area of areas) if (area !== '') counts.set(area, (counts.get(area) ?? 0) + 1);
    }
    const areas = [...counts].sort((left, right) => right[1] - left[1]).slice(0, max).map(([area]) => area);
    return `${server}: ${areas.join(', ')}`;
  });
}

/** The first path segment that names something: not a parameter, a version or `api`; a dotted method keeps its first part. */
function firstResource(path: string): string {
  const segment = path.split('/').find((part) => part !== '' && !part.startsWith('{') && !/^(v\d+(\.\d+)*|api|rest)$/i.test(part));
  return (segment ?? '').split('.')[0];
}
