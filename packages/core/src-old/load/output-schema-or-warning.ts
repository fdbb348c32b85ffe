/** Wraps a tool's lazy output-schema builder so a failure becomes a server warning instead of an error. */
import type { ServerWarning } from '../api-server';
import type { JsonSchema } from '../json-schema';

/** A builder that returns the output schema, or records a warning and returns undefined when building throws. */
export function outputSchemaOrWarning(options: {
  build: () => JsonSchema | undefined;
  /** `<method> <path>` of the operation, for the warning. */
  operation: string;
  warnings: ServerWarning[];
}): () => JsonSchema | undefined {
  return () => {
    try {
      return options.build();
    } catch (error) {
      const pointer = (error as { pointer?: string }).pointer ?? '';
      options.warnings.push({ pointer, operation: options.operation, message: `No outputSchema: ${(error as Error).message}` });
      return undefined;
    }
  };
}
