/** Turns a zod error into the `ToolInputIssue` list a model reads (`limit: too big`). */
import type { ZodError } from 'zod';
import type { ToolInputIssue } from '../tool-result';

/** One issue per zod issue, the path dotted (`items.0.price`), '' for the whole input. */
export function readInputIssues(error: ZodError): ToolInputIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}
