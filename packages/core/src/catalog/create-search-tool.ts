/** The `search_tools` meta-tool: finds tools in the catalog for a query and reveals them to the conversation. */
import { z } from 'zod';
import type { JsonSchema } from '../json-schema';
import type { ToolFailure } from '../tool-result';
import type { MetaTool } from './meta-tool';
import { formatInputIssues } from '../input/format-input-issues';
import { inputIssuesFromZod, type ZodIssueLike } from '../input/input-issues-from-zod';
import { matchedPoorly } from './matched-poorly';
import { toolAreas } from './tool-areas';
import { severalApisHint } from './several-apis-hint';
import type { ToolCatalog } from './tool-catalog';

/** One tool as `search_tools` shows it to the model. */
export interface FoundTool {
  name: string;
  /** The first line of the tool's description, cut at 160 characters. */
  description: string;
  /** The inputs a call must give (`name: type`), so the model can call it on the next step. */
  requiredInputs: string[];
  /** The tool's input schema; left out with `inputSchemas: false`, when the tool itself is offered to the model next. */
  inputSchema?: JsonSchema;
}

/** The result of `search_tools`: the matches, best first, or none and a note saying how to search again. */
export interface SearchToolsResult {
  tools: FoundTool[];
  note?: string;
}

const descriptionLength = 160;

/**
 * Creates `search_tools` (input `{ query, limit? }`). It searches the deferred tools (or all tools with
 * `scope: 'all'`), returns the matches' names, descriptions, required inputs and input schemas, and adds their
 * names to the revealed list it returns; the adapter offers revealed tools to the model from the next step. When
 * the matches are poor (`matchedPoorly` with `minCoverage`, default 0.1) it reveals nothing and says so, naming the
 * areas searched (`toolAreas`: the API's tags or path resources) for the model to search again in the API's words,
 * and the weak matches by name only: a query that is a tool's exact name finds that tool alone.
 */
export function createSearchTool(
  catalog: ToolCatalog,
  options?: {
    maxResults?: number;
    scope?: 'deferred' | 'all';
    minCoverage?: number;
    /**
     * Whether each match carries its input schema (default true: the model may have only `call_tool` to run it).
     * False when the caller offers revealed tools to the model itself, schemas and all, from the next step (LangChain's
     * middleware): the schemas would be sent twice, and one Stripe search's five schemas are 56,000 characters.
     */
    inputSchemas?: boolean;
  },
): MetaTool<'search_tools', SearchToolsResult | ToolFailure> {
  const maxResults = options?.maxResults ?? 5;
  const withSchemas = options?.inputSchemas ?? true;
  const scope = options?.scope ?? 'deferred';
  const zodSchema = z.object({
    query: z.string().trim().min(1),
    limit: z.number().int().min(1).max(maxResults).optional(),
  });
  // the areas the searched tools cover, in the API's words, for the note when nothing matched (built once, if ever)
  let areas: string | undefined;
  return {
    name: 'search_tools',
    description:
      'Find the API operation for a task. Phrase the query as the API would name it: the resource and the ' +
      'action, in a few words (for example "create invoice", "list repository issues", "cancel subscription"), ' +
      'not the whole request. Returns matching tools with their required inputs; they can be called from the ' +
      'next step. If nothing matches, search again with other words for the resource. A tool\'s exact name or ' +
      'an endpoint ("GET /users/{id}") finds that tool alone.' +
      severalApisHint(scope === 'deferred' ? catalog.deferred() : catalog.tools),
    inputSchema: {
      type: 'object',
      properties: {
        query: { type: 'string', description: 'The resource and the action, in a few words: "refund payment".' },
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
      if (matchedPoorly(matches, { minCoverage: options?.minCoverage })) {
        areas ??= toolAreas(scope === 'deferred' ? catalog.deferred() : catalog.tools).join('; ');
        // their names cost a few tokens and lose nothing: a weak match is sometimes the right one
        const closest = matches.map(({ descriptor }) => descriptor.name);
        const named = closest.length === 0 ? '' : ` Closest, matched weakly and not shown: ${closest.join(', ')}; to use one, search for its exact name.`;
        const note =
          `Nothing matched "${parsed.data.query}" well. Search again naming the resource and the action in ` +
          `the words an API would use (for example "create customer", "list pull requests").${named} Areas searched: ${areas}.`;
        return { result: { tools: [], note }, revealed };
      }
      for (const { descriptor } of matches) if (!revealed.includes(descriptor.name)) revealed.push(descriptor.name);
      const tools = matches.map(({ descriptor }) => ({
        name: descriptor.name,
        description: firstLine(descriptor.description),
        requiredInputs: requiredInputs(descriptor.inputSchema),
        ...(withSchemas ? { inputSchema: descriptor.inputSchema } : {}),
      }));
      return { result: { tools }, revealed };
    },
  };
}

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0].trim();
  return line.length <= descriptionLength ? line : `${line.slice(0, descriptionLength - 1).trimEnd()}…`;
}

/** `owner: string`, `amount: integer`, … for the schema's required properties. */
function requiredInputs(schema: JsonSchema): string[] {
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  return required.map((name) => {
    const type = schema.properties?.[name]?.type;
    return typeof type === 'string' ? `${name}: ${type}` : Array.isArray(type) ? `${name}: ${type.join(' | ')}` : name;
  });
}
