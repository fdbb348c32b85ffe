/** Turns zod issues into apiwire's field-named input issues (`contactId: required`). */
import type { ToolInputIssue } from '@apiwire/core';

/** The part of a zod 4 issue this module reads. */
export interface ZodIssueLike {
  code?: string;
  path: ReadonlyArray<PropertyKey>;
  message: string;
}

/** Field-named issues for a failed validation of `input`. */
export function inputIssues(options: { issues: readonly ZodIssueLike[]; input: unknown }): ToolInputIssue[] {
  return options.issues.map((issue) => {
    const path = issue.path.map((segment) => String(segment)).join('.');
    const missing =
      issue.code === 'invalid_type' && issue.path.length > 0 && valueAt(options.input, issue.path) === undefined;
    return { path, message: missing ? 'required' : issue.message };
  });
}

function valueAt(value: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current = value;
  for (const segment of path) {
    if (current == null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}
