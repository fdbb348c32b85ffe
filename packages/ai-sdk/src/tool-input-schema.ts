/** The AI SDK input schema of one apiwire tool: its profiled JSON Schema for the model, its zod schema as validator. */
import { formatInputIssues, inputIssuesFromZod, type ProfiledToolSchema, type ToolDescriptor, type ZodIssueLike } from '@apiwire/core';
import { jsonSchema, type JSONSchema7, type Schema } from 'ai';
import { ToolInputError } from './tool-input-error';

/**
 * `jsonSchema(profiled.inputSchema)` validated by `descriptor.zodSchema` after `profiled.restoreInput` (omitted
 * nulls dropped, `{ key, value }` lists back to objects, JSON text parsed), so the model sees every constraint
 * its provider's mode takes (the rest in words) and invalid input comes back to it as an error naming each field.
 */
export function toolInputSchema(options: { descriptor: ToolDescriptor; profiled: ProfiledToolSchema }): Schema<unknown> {
  const { descriptor, profiled } = options;
  return jsonSchema<unknown>(() => profiled.inputSchema as JSONSchema7, {
    validate: (value) => {
      const input = profiled.restoreInput(value);
      const result = descriptor.zodSchema.safeParse(input);
      if (result.success) return { success: true, value: input };
      const issues = inputIssuesFromZod({ issues: result.error.issues as readonly ZodIssueLike[], input });
      return {
        success: false,
        error: new ToolInputError({ toolName: descriptor.name, issues, message: formatInputIssues(issues) }),
      };
    },
  });
}
