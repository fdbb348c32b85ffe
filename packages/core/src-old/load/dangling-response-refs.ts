/** Finds 2xx responses (and their JSON schemas) whose local `$ref` points nowhere, so the loss is a warning at load time. */
import type { ServerWarning } from '../api-server';
import { escapePointerSegment, readPointer } from './json-pointer';

/** One warning per local `$ref` of a 2xx response, or of its top-level media schemas, that has no target. */
export function danglingResponseRefs(options: {
  operation: Record<string, unknown>;
  document: unknown;
  pointer: string;
  label: string;
}): ServerWarning[] {
  const warnings: ServerWarning[] = [];
  const { responses } = options.operation;
  if (responses === null || typeof responses !== 'object') return warnings;
  const check = (node: unknown, pointer: string): unknown => {
    const ref = (node as { $ref?: unknown } | null)?.$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#')) return node;
    const target = readPointer(options.document, ref);
    if (target === undefined) {
      warnings.push({
        pointer: `${pointer}/$ref`,
        operation: options.label,
        message: `The $ref '${ref}' points nowhere; the tool has no output schema for this response.`,
      });
    }
    return target;
  };
  for (const [code, value] of Object.entries(responses as Record<string, unknown>)) {
    if (!/^2/.test(code)) continue;
    const pointer = `${options.pointer}/responses/${escapePointerSegment(code)}`;
    const response = check(value, pointer) as { content?: Record<string, { schema?: unknown }> } | undefined;
    const content = response?.content;
    if (content === null || typeof content !== 'object') continue;
    for (const [mediaType, media] of Object.entries(content)) {
      if (media?.schema !== undefined) check(media.schema, `${pointer}/content/${escapePointerSegment(mediaType)}/schema`);
    }
  }
  return warnings;
}
