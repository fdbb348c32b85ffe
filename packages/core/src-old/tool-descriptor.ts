/** The framework-neutral description of one API operation as an agent tool: plain data plus `invoke`. */
import type { ZodType } from 'zod';
import type { JsonSchema } from './json-schema';
import type { ToolResult } from './tool-result';
import type { ToolResultSettings } from './results/tool-result-settings';

/** HTTP methods OpenAPI operations can use, upper case. */
export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH' | 'TRACE';

/** The OpenAPI operation behind a tool. */
export interface OperationInfo {
  operationId?: string;
  method: HttpMethod;
  path: string;
  tags: string[];
  deprecated: boolean;
  summary?: string;
  /** Spec extensions on the operation (`x-*`), as written. */
  extensions?: Record<string, unknown>;
}

/** A human's (or a hook's) decision on an approval-gated call. */
export interface ApprovalDecision {
  approved: boolean;
  reason?: string;
}

/** Options of one call. */
export interface InvokeOptions {
  signal?: AbortSignal;
  /** The decision of the framework's own human-in-the-loop flow, when it asked. */
  approval?: ApprovalDecision;
  /**
   * The framework's per-call context (AI SDK `experimental_context`; LangChain's run `configurable` and runtime
   * context), handed to `auth.resolveCredential` as `callContext`: how one catalog serves each user with their own token.
   */
  callContext?: unknown;
}

/** One operation as a tool. */
export interface ToolDescriptor {
  /** What the model sees: `billing_create_invoice`; matches ^[a-zA-Z0-9_-]{1,64}$. */
  name: string;
  /** Dotted display id: `billing.create_invoice`; accepted wherever a name is. */
  id: string;
  /** The name of the ApiServer this tool belongs to. */
  server: string;
  description: string;
  /** One JSON Schema object: path, query, header, cookie parameters and the body, flattened. */
  inputSchema: JsonSchema;
  /** zod 4 schema of the same input, built on first use. */
  readonly zodSchema: ZodType;
  /** JSON Schema of the success response, when the spec has one. */
  outputSchema?: JsonSchema;
  operation: OperationInfo;
  requiresApproval: boolean;
  deferred: boolean;
  /** How results reach a model (budget, compaction, paging inputs, field selection), from `loadApiServer({ results })`. */
  results?: ToolResultSettings;
  /** Synonym groups for search, from `loadApiServer({ synonyms })` (the same frozen array on every tool of the API). */
  synonyms?: ReadonlyArray<readonly string[]>;
  /** Validate, pass the approval gate, apply auth, send, parse. Never throws for bad input or HTTP errors. */
  invoke(input: unknown, options?: InvokeOptions): Promise<ToolResult>;
}
