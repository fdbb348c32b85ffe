/** Finds an operation's success response: its media types and, when it has one, its JSON schema. */
import { escapePointerSegment } from './json-pointer';

/** What the first 2xx response offers. */
export interface SuccessResponse {
  mediaTypes: string[];
  /** The schema of the first JSON media type of the first 2xx response that has one. */
  schema?: { node: unknown; pointer: string };
}

/** Media types of the first 2xx response (codes in ascending order, as JavaScript iterates them), and the first 2xx JSON schema. */
export function successResponse(options: {
  operation: Record<string, unknown>;
  pointer: string;
  resolve: (node: unknown) => unknown;
}): SuccessResponse {
  const responses = options.operation.responses;
  if (responses === null || typeof responses !== 'object') return { mediaTypes: [] };
  const codes = Object.keys(responses).filter((code) => /^2/.test(code));
  let mediaTypes: string[] | undefined;
  for (const code of codes) {
    const response = options.resolve((responses as Record<string, unknown>)[code]) as { content?: Record<string, { schema?: unknown }> } | undefined;
    const content = response?.content;
    if (content === null || typeof content !== 'object') {
      mediaTypes ??= [];
      continue;
    }
    mediaTypes ??= Object.keys(content);
    for (const [mediaType, media] of Object.entries(content)) {
      if (!/json/i.test(mediaType) || media?.schema === undefined) continue;
      return {
        mediaTypes,
        schema: {
          node: media.schema,
          pointer: `${options.pointer}/responses/${escapePointerSegment(code)}/content/${escapePointerSegment(mediaType)}/schema`,
        },
      };
    }
  }
  return { mediaTypes: mediaTypes ?? [] };
}
