/** Whether a call's input fits its tool's schema: only such calls are put to a human or an `approve` hook. */
import type { ToolDescriptor } from '@apiwire/core';

/**
 * True when `input` passes the tool's zod schema (the check the AI SDK runs before it asks for approval). An invalid
 * call is never shown for approval: it runs unapproved, and the tool hands the model its input error without
 * sending anything.
 */
export function hasValidInput(options: { tool: ToolDescriptor; input: unknown }): boolean {
  return options.tool.zodSchema.safeParse(options.input).success;
}
