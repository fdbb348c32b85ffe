/** The JSON Schema of the optional field-selection input that read operations get with `results: { select: true }`. */
import type { JsonSchema } from '../json-schema';

/** The preferred name of the field-selection input (`_select`, or `_select_2`, … when the spec uses it). */
export const fieldSelectionName = '_select';

/** An optional list of dotted field paths, described so that a model can use it without an example. */
export function fieldSelectionSchema(): JsonSchema {
  return {
    type: 'array',
    items: { type: 'string', minLength: 1 },
    minItems: 1,
    maxItems: 100,
    uniqueItems: true,
    description:
      'Optional: the response fields you need, as dotted paths, e.g. ["id", "title", "user.login"]. For a list, ' +
      'the paths are inside each item; a path through a list keeps that field of every element ("labels.name"). ' +
      'Only these fields are returned to you, so more items fit. Not sent to the API. Omit to get every field.',
  };
}
