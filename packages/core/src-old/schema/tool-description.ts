/** The description a model reads for one tool: summary and description, cleaned, marked when deprecated. */
import { cleanDescription } from './clean-description';
import { cutText } from './cut-text';

/** Default cut for tool descriptions (characters). */
export const defaultMaxDescriptionLength = 1024;

/**
 * `summary` then `description` (the description alone when it starts with the summary), cleaned of HTML and
 * markdown noise, prefixed `Deprecated.` for deprecated operations, cut past `maxLength`; never empty (falls
 * back to `METHOD /path`).
 */
export function toolDescription(options: {
  summary?: unknown;
  description?: unknown;
  deprecated?: boolean;
  method: string;
  path: string;
  maxLength?: number;
}): string {
  const summary = typeof options.summary === 'string' ? cleanDescription({ text: options.summary }) : '';
  const description = typeof options.description === 'string' ? cleanDescription({ text: options.description }) : '';
  const parts: string[] = [];
  const repeatsSummary = summary !== '' && description.startsWith(summary.replace(/\.$/, ''));
  if (summary !== '' && !repeatsSummary) parts.push(/[.!?:]$/.test(summary) ? summary : `${summary}.`);
  if (description !== '') parts.push(description);
  if (parts.length === 0) parts.push(`${options.method} ${options.path}`);
  const text = `${options.deprecated ? 'Deprecated. ' : ''}${parts.join('\n\n')}`;
  return cutText({ text, maxLength: options.maxLength ?? defaultMaxDescriptionLength });
}
