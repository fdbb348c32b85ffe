/** The `call_tool` meta-tool: calls a catalog tool by name, deferred ones only after a search revealed them. */
import { z } from 'zod';
import type { ToolFailure, ToolResult } from '../tool-result';
import type { MetaTool } from './meta-tool';
import { notRevealedFailure } from './not-revealed-failure';
import { formatInputIssues } from '../input/format-input-issues';
import { inputIssuesFromZod, type ZodIssueLike } from '../input/input-issues-from-zod';
import type { ToolCatalog } from './tool-catalog';

/**
 * Creates `call_tool` (input `{ name, arguments }`) for frameworks that cannot add tools mid-run. Visible tools
 * can always be called; deferred ones once revealed (by `search_tools`) in this conversation. The call goes
 * through the tool's own `invoke`: same validation, same approval gate (the context's `approval` is passed on).
 */
export function createCallTool(catalog: ToolCatalog): MetaTool<'call_tool', ToolResult> {
  const zodSchema = z.object({
    name: z.string().min(1),
    // models sometimes send the arguments as a JSON string: accept it when it holds an object
    arguments: z
      .union([z.record(z.string(), z.unknown()), z.string().transform(parseObject)])
      .optional(),
  });
  return {
    name: 'call_tool',
    description:
      'Call an API operation by its tool name with its arguments. Tools found with search_tools can be ' +
      'called this way; pass the arguments its input schema describes.',
    inputSchema: {
      type: 'object',
      properties: {
        name: { type: 'string', description: 'The tool name, as search_tools returned it.' },
        arguments: { type: 'object', description: "The tool's input, per its input schema.", additionalProperties: true },
      },
      required: ['name'],
      additionalProperties: false,
    },
    zodSchema,
    requiresApproval(input) {
      const parsed = zodSchema.safeParse(input);
      return parsed.success ? (catalog.get(parsed.data.name)?.requiresApproval ?? false) : false;
    },
    async execute(input, context) {
      const revealed = [...context.revealed];
      const parsed = zodSchema.safeParse(input);
      if (!parsed.success) {
        const issues = inputIssuesFromZod({ issues: parsed.error.issues as readonly ZodIssueLike[], input });
        const message = formatInputIssues(issues);
        return { result: invalid({ message, issues }), revealed };
      }
      const tool = catalog.get(parsed.data.name);
      if (tool === undefined) {
        return { result: invalid({ message: `Unknown tool "${parsed.data.name}". Use search_tools to find one.` }), revealed };
      }
      if (tool.deferred && !revealed.includes(tool.name) && !revealed.includes(tool.id)) {
        return { result: notRevealedFailure({ toolName: tool.name }), revealed };
      }
      const result = await tool.invoke(parsed.data.arguments ?? {}, {
        signal: context.signal,
        approval: context.approval,
        callContext: context.callContext,
      });
      return { result, revealed };
    },
  };
}

function parseObject(text: string, context: z.RefinementCtx): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  context.addIssue({ code: 'custom', message: 'expected an object (or a JSON string of one)' });
  return z.NEVER;
}

function invalid(options: { message: string; issues?: ToolFailure['error']['issues'] }): ToolFailure {
  return { ok: false, error: { kind: 'invalid_input', message: options.message, issues: options.issues } };
}
