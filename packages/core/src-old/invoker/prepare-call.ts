/** The first phase of a call: validate the model's input, serialise it, describe the request, check its origin. */
import { formatInputIssues } from '../input/format-input-issues';
import type { ToolInputIssue, ToolRequestSummary, ToolResult } from '../tool-result';
import { buildRequestParts, type RequestParts } from './build-request-parts';
import { buildRequestUrl } from './build-request-url';
import type { CallTarget } from './call-target';
import { splitPathTemplate } from './split-path-template';
import { originOf } from './origin-of';
import { UnsafeValueError } from './unsafe-value-error';
import { validateInput } from './validate-input';

/** A call ready for the gate and the wire: nothing about it depends on credentials yet. */
export interface PreparedCall {
  /** The validated input (the approval hook sees it). */
  input: Record<string, unknown>;
  parts: RequestParts;
  /** Query pairs from the input, those auth fills removed. */
  query: string[];
  /** The URL without its query, as openapi-fetch would compose it. */
  pathUrl: string;
  /** The request line for results and the gate: credential query values masked. */
  summary: ToolRequestSummary;
  /** The origin checked against the allowed ones. */
  origin: string;
}

/** The prepared call, or the failure the model reads (invalid input, a refused origin); never throws for bad input. */
export function prepareCall(options: CallTarget & { input: unknown }): { ok: true; call: PreparedCall } | { ok: false; result: ToolResult } {
  const { context, plan, descriptor, baseUrl, prepared } = options;
  const templateSummary: ToolRequestSummary = { method: plan.method, url: `${baseUrl.replace(/\/$/, '')}${plan.path}` };
  const validated = validateInput({ descriptor, plan, input: options.input });
  if (!validated.ok) return { ok: false, result: invalidInput(validated.issues, templateSummary) };
  let parts: RequestParts;
  try {
    parts = buildRequestParts({ plan, input: plan.restoreKeys ? plan.restoreKeys(validated.value) : validated.value });
  } catch (error) {
    if (!UnsafeValueError.isInstance(error)) throw error;
    return { ok: false, result: invalidInput([{ path: error.property ?? '', message: error.message }], templateSummary) };
  }

  // Credential query names are known before any secret is resolved: the model's own pairs with those names are dropped.
  const authQueryNames = prepared.authQueryNames;
  const template = splitPathTemplate(plan.path);
  const modelQuery = authQueryNames.size === 0 ? parts.query : parts.query.filter((pair) => !authQueryNames.has(pairName(pair)));
  const query = [...template.query, ...modelQuery];
  const pathUrl = buildRequestUrl({ baseUrl, path: template.path, values: parts.path, query: [] });
  const maskedQuery = [...query, ...[...authQueryNames].map((name) => `${encodeURIComponent(name)}=***`)];
  const summary: ToolRequestSummary = { method: plan.method, url: maskedQuery.length > 0 ? `${pathUrl}?${maskedQuery.join('&')}` : pathUrl };

  // A URL that starts with `<base origin>/` has that origin (the authority ends at the first `/`); anything else is parsed.
  const origin = prepared.baseOrigin && pathUrl.startsWith(`${prepared.baseOrigin}/`) ? prepared.baseOrigin : originOf(pathUrl);
  if (!origin || !context.isAllowedOrigin(origin)) {
    return {
      ok: false,
      result: {
        ok: false,
        error: { kind: 'denied', message: `Refused to send the request: ${origin ?? 'its URL'} is not the API's origin.` },
        request: templateSummary,
      },
    };
  }
  return { ok: true, call: { input: validated.value, parts, query, pathUrl, summary, origin } };
}

function invalidInput(issues: ToolInputIssue[], request: ToolRequestSummary): ToolResult {
  return { ok: false, error: { kind: 'invalid_input', message: formatInputIssues(issues), issues }, request };
}

function pairName(pair: string): string {
  const equals = pair.indexOf('=');
  const raw = equals >= 0 ? pair.slice(0, equals) : pair;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
