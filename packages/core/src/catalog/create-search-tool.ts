/** The `search_tools` meta-tool: finds tools in the catalog for a query and reveals them to the conversation. */
import { z } from 'zod';
import type { JsonSchema } from '../json-schema';
import type { ToolFailure } from '../tool-result';
import type { MetaTool } from './meta-tool';
import { formatInputIssues } from '../input/format-input-issues';
import { inputIssuesFromZod, type ZodIssueLike } from '../input/input-issues-from-zod';
import type { ToolCatalog } from './tool-catalog';

/** One tool as `search_tools` shows it to the model. */
export interface FoundTool {
  name: string;
  description: string;
  inputSchema: JsonSchema;
}

/** The result of `search_tools`: the matches, best first (empty when nothing matched). */
export interface SearchToolsResult {
  tools: FoundTool[];
}

/**
 * Creates `search_tools` (input `{ query, limit? }`). It searches the deferred tools (or all tools with
 * `scope: 'all'`), returns the matches' names, descriptions and input schemas, and adds their names to the
 * revealed list it returns; the adapter offers revealed tools to the model from the next step.
 */
export function createSearchTool(
  catalog: ToolCatalog,
  options?: { maxResults?: number; scope?: 'deferred' | 'all' },
): MetaTool<'search_tools', SearchToolsResult | ToolFailure> {
  const maxResults = options?.maxResults ?? 5;
  const scope = options?.scope ?? 'deferred';
  const zodSchema = z.object({
    query: z.string().trim().min(1),
    limit: z.number().int().min(1).max(maxResults).optional(),
  });
  return {
    name: 'search_tools',
    description:
      'Search the available API operations by what you want to do (for example "refund an invoice"). ' +
      'Returns matching tools with their input schemas; they can be called from the next step.',
    inputSchema: {
      type: 'object',
      properties: {
        query: { type: 'string', description: 'What you want to do, in a few words.' },
        limit: { type: 'integer', minimum: 1, maximum: maxResults, description: `Most tools to return (default ${maxResults}).` },
      },
      required: ['query'],
      additionalProperties: false,
    },
    zodSchema,
    requiresApproval: () => false,
    async execute(input, context) {
      const parsed = zodSchema.safeParse(input);
      if (!parsed.success) {
        const issues = inputIssuesFromZod({ issues: parsed.error.issues as readonly ZodIssueLike[], input });
        const message = formatInputIssues(issues);
        return { result: { ok: false, error: { kind: 'invalid_input', message, issues } }, revealed: [...context.revealed] };
      }
      const matches = await catalog.search(parsed.data.query, {
        limit: parsed.data.limit ?? maxResults,
        among: scope === 'deferred' ? catalog.deferred() : undefined,
      });
      const revealed = [...context.revealed];
      for (const { descriptor } of matches) if (!revealed.includes(descriptor.name)) revealed.push(descriptor.name);
      const tools = matches.map(({ descriptor }) => ({
        name: descriptor.name,
        description: descriptor.description,
        inputSchema: descriptor.inputSchema,
      }));
      return { result: { tools }, revealed };
    },
  };
}
