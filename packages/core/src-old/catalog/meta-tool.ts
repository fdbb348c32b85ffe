/** The contract of a meta-tool (`search_tools`, `call_tool`): plain data plus an `execute` with no hidden state. */
import type { ZodType } from 'zod';
import type { JsonSchema } from '../json-schema';
import type { ApprovalDecision } from '../tool-descriptor';

/** Per-call context: the conversation's revealed tool names go in, and come back (possibly grown) in the output. */
export interface MetaToolContext {
  /** Names of deferred tools already revealed in this conversation. */
  revealed: readonly string[];
  signal?: AbortSignal;
  /** The framework's human-in-the-loop decision for this call (used by `call_tool`). */
  approval?: ApprovalDecision;
  /** The framework's per-call context, handed on to the called tool's `invoke` (`auth.resolveCredential` reads it). */
  callContext?: unknown;
}

/** What a meta-tool call gives back: the value for the model and the conversation's new revealed names. */
export interface MetaToolOutput<Result = unknown> {
  result: Result;
  revealed: string[];
}

/** A framework-neutral tool that works on the catalog rather than on one operation. */
export interface MetaTool<Name extends string = 'search_tools' | 'call_tool', Result = unknown> {
  name: Name;
  description: string;
  inputSchema: JsonSchema;
  zodSchema: ZodType;
  /** Whether this call must wait for a human (for `call_tool`: whether the target tool requires approval). */
  requiresApproval(input: unknown): boolean;
  /** Never throws for bad input: failures come back as `ToolFailure` results. */
  execute(input: unknown, context: MetaToolContext): Promise<MetaToolOutput<Result>>;
}
