/** Turns zod issues into apiwire's field-named input issues (`contactId: required`). */
import type { ToolInputIssue } from '../tool-result';

/** The part of a zod 4 issue this module reads. */
export interface ZodIssueLike {
  code?: string;
  path: ReadonlyArray<PropertyKey>;
  message: string;
}

/**
 * One issue per zod issue, the path dotted (`items.0.price`, '' for the whole input); a value of the wrong
 * type that is simply absent from `input` reads `required` (zod says "expected string, received undefined").
 */
export function inputIssuesFromZod(options: { issues: readonly ZodIssueLike[]; input: unknown }): ToolInputIssue[] {
  return options.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const missing = issue.code === 'invalid_type' && issue.path.length > 0 && valueAt(options.input, issue.path) === undefined;
    return { path, message: missing ? 'required' : issue.message };
  });
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
