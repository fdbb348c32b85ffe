/** The AI SDK input schema of one apiwire tool: the spec's JSON Schema for the model, its zod schema as validator. */
import { formatInputIssues, inputIssuesFromZod, type ToolDescriptor, type ZodIssueLike } from '@apiwire/core';
import { jsonSchema, type JSONSchema7, type Schema } from 'ai';
import { stripStrictNulls } from './strip-strict-nulls';
import { ToolInputError } from './tool-input-error';
import { toStrictJsonSchema } from './to-strict-json-schema';

/**
 * `jsonSchema(descriptor.inputSchema)` (or its strict-mode rewrite) validated by `descriptor.zodSchema`, so the
 * model sees every constraint of the spec and invalid input comes back to it as an error naming each field.
 */
export function toolInputSchema(options: { descriptor: ToolDescriptor; strict: boolean }): Schema<unknown> {
  const { descriptor, strict } = options;
  return jsonSchema<unknown>(
    () => (strict ? toStrictJsonSchema(descriptor.inputSchema) : descriptor.inputSchema) as JSONSchema7,
    {
      validate: (value) => {
        const input = strict ? stripStrictNulls({ value, schema: descriptor.inputSchema }) : value;
        const result = descriptor.zodSchema.safeParse(input);
        if (result.success) return { success: true, value: input };
        const issues = inputIssuesFromZod({ issues: result.error.issues as readonly ZodIssueLike[], input });
        return {
          success: false,
          error: new ToolInputError({ toolName: descriptor.name, issues, message: formatInputIssues(issues) }),
        };
      },
    },
  );
}

