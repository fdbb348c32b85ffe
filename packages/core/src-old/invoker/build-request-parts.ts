/** Maps a validated input onto the parts of one HTTP request, per the operation plan (wire names, styles, media type). */
import type { OperationPlan } from '../operation-plan';
import { serializeBody, type SerializedBody } from './serialize-body';
import { serializeHeaderParameter } from './serialize-header-parameter';
import { serializePathParameter } from './serialize-path-parameter';
import { serializeQueryParameter } from './serialize-query-parameter';
import { UnsafeValueError } from './unsafe-value-error';

/** The request, serialised but not yet authenticated. */
export interface RequestParts {
  /** Wire name -> the text that replaces `{name}` in the path template. */
  path: Record<string, string>;
  /** Encoded `name=value` pairs, in order. */
  query: string[];
  headers: Record<string, string>;
  /** Cookie name -> encoded value. */
  cookies: Record<string, string>;
  body: SerializedBody | undefined;
}

/**
 * Header parameters never taken from input: OpenAPI ignores Accept, Content-Type and Authorization parameters,
 * and the rest are for the transport or for credentials.
 */
const reservedHeaders = new Set([
  'accept',
  'content-type',
  'authorization',
  'proxy-authorization',
  'cookie',
  'host',
  'content-length',
  'transfer-encoding',
  'connection',
]);

/** Builds the request parts; throws UnsafeValueError (with `property`) for a value that cannot be sent safely. */
export function buildRequestParts(options: { plan: OperationPlan; input: Record<string, unknown> }): RequestParts {
  const { plan, input } = options;
  const parts: RequestParts = { path: {}, query: [], headers: {}, cookies: {}, body: undefined };
  for (const binding of plan.parameters) {
    const value = input[binding.property];
    if (value === undefined) continue;
    try {
      if (binding.in === 'path') parts.path[binding.name] = serializePathParameter({ binding, value });
      else if (binding.in === 'query') parts.query.push(...serializeQueryParameter({ binding, value }));
      else if (binding.in === 'header') {
        if (!reservedHeaders.has(binding.name.toLowerCase())) parts.headers[binding.name] = serializeHeaderParameter({ binding, value });
      } else if (binding.in === 'cookie') parts.cookies[encodeURIComponent(binding.name)] = serializeHeaderParameter({ binding, value });
    } catch (error) {
      if (UnsafeValueError.isInstance(error)) error.property ??= binding.property;
      throw error;
    }
  }
  for (const binding of plan.parameters) {
    if (binding.in === 'path' && parts.path[binding.name] === undefined) {
      throw new UnsafeValueError({ message: 'required', property: binding.property });
    }
  }
  const bodyBinding = plan.body;
  if (bodyBinding) {
    let value: unknown;
    if (bodyBinding.mode === 'wrapped') {
      value = bodyBinding.property === undefined ? undefined : input[bodyBinding.property];
    } else {
      const parameterProperties = new Set(plan.parameters.map((binding) => binding.property));
      const fieldProperties = new Set((bodyBinding.fields ?? []).map((field) => field.property));
      const record: Record<string, unknown> = {};
      for (const field of bodyBinding.fields ?? []) {
        if (input[field.property] !== undefined) record[field.name] = input[field.property];
      }
      // Extra keys reach this point only when the schema allows additional properties: they belong to the body.
      for (const [key, item] of Object.entries(input)) {
        if (!parameterProperties.has(key) && !fieldProperties.has(key) && item !== undefined) record[key] = item;
      }
      value = Object.keys(record).length > 0 || bodyBinding.required ? record : undefined;
    }
    if (value !== undefined) {
      try {
        parts.body = serializeBody({ binding: bodyBinding, value });
      } catch (error) {
        if (UnsafeValueError.isInstance(error)) {
          const field = bodyBinding.fields?.find((candidate) => candidate.name === error.property);
          error.property = field?.property ?? bodyBinding.property ?? error.property;
        }
        throw error;
      }
    }
  }
  return parts;
}
