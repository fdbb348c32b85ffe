/** The options of `toAISDKTools` and the shape of what it returns. */
import type { ApproveHook, ResultViewOptions, SchemaProvider, ToolCatalogSource } from '@apiwire/core';
import type { AISDKEmbeddingsOption } from './ai-sdk-tool-embeddings';
import type { LanguageModel, ModelMessage, Tool, ToolApprovalStatus } from 'ai';

/** How apiwire tools are named, searched and approved in the AI SDK. */
export interface AISDKToolsOptions {
  /** Replaces the server-name prefix of every tool name (`false`: no prefix). Default: keep the catalog's names. */
  prefix?: string | false;
  /** Goes between prefix and operation name when `prefix` or `separator` is set (default `_`). */
  separator?: string;
  /** Most tools one search reveals (default 5). */
  maxResults?: number;
  /**
   * When the best match of a search covers less than this share of the query's words (weighted by rarity), the
   * search reveals nothing, so the model tries other words instead of seeing unrelated tools (default 0.1, 0 never).
   * Matches found by `embeddings` are not judged.
   */
  minCoverage?: number;
  /**
   * Hybrid search for deferred tools: an AI SDK `EmbeddingModel` (or `{ model, cache, onWarning }`). The catalog
   * fuses its word ranking with this model's (tools embedded with `embedMany` on the first search, queries with
   * `embed`); a failed embedding call falls back to words alone with a warning.
   */
  embeddings?: AISDKEmbeddingsOption;
  /** Name of the search tool offered when some tools are deferred (default `search_tools`). */
  searchToolName?: string;
  /**
   * The provider the tools go to (`'openai'`, `'anthropic'`, `'google'`): each tool's schema follows that provider's
   * documented rules (see the README's "Provider profiles"). A language model works too: its provider is read
   * (`openai.responses` -> `'openai'`). Without one (or for another provider), the rules common to all three.
   */
  provider?: SchemaProvider | LanguageModel;
  /**
   * The provider's strict mode: schemas rewritten to what it accepts there (what it refuses moves into the
   * description and apiwire still validates it), `strict: true` on every tool that fits the provider's limits.
   * Without `provider`, the rules of all three strict modes at once. Default false.
   */
  strict?: boolean;
  /**
   * Decides approval-gated calls instead of a human: its verdict becomes the `toolApproval` status
   * (`approved` / `denied` with the reason). Without it, approval-gated tools get `'user-approval'`.
   */
  approve?: ApproveHook;
  /**
   * `false`: never ask the SDK for a human decision; approval-gated calls go straight to the core gate, where the
   * server's own `approve` hook (from `loadApiServer`) decides, or the call is denied. Default true.
   */
  humanApproval?: boolean;
  /**
   * Makes each human approval single-use. Called before an approved call is sent: resolve `true` the first time an
   * approval id is claimed and `false` ever after (an insert into a unique column of your database, a file created
   * with flag `wx`; shared by every instance and kept across restarts). A repeat (a retried or replayed request that
   * carries the same signed approval) is then denied and sends nothing. Without it, an approval sent back twice runs
   * twice: the SDK's `experimental_toolApprovalSecret` proves who approved what, not that it was used only once.
   */
  claimApproval?: ClaimApproval;
  /**
   * The conversation so far. Tools that earlier searches in it revealed are offered from the first step
   * (the SDK's own discovery lasts one generation call); without it every call starts with deferred tools hidden.
   */
  messages?: readonly ModelMessage[];
  /**
   * What the model reads of results (`toModelOutput`): `maxTokens`, `compact` and per-tool `overrides` replace, for
   * the keys they set, the servers' `results` option. The tools' outputs keep the full `ToolResult` either way.
   */
  results?: ResultViewOptions;
}

/** One human approval about to be carried out, as `claimApproval` receives it. */
export interface ApprovalClaim {
  /** The SDK's id of the approval request (signed with the tool call when a secret is set). */
  approvalId: string;
  toolCallId: string;
  /** The tool's name in the tool set. */
  toolName: string;
}

/** Resolves `true` the first time an approval is claimed, `false` for any repeat (see `claimApproval`). */
export type ClaimApproval = (claim: ApprovalClaim) => boolean | Promise<boolean>;

/** A `toolApproval` entry: a status, or a function of the call giving one. */
export type AISDKToolApprovalEntry =
  | ToolApprovalStatus
  | ((input: unknown, options: { toolCallId: string }) => Promise<ToolApprovalStatus>);

/** The per-call context an apiwire tool takes (through the SDK's `toolsContext`): any object, e.g. `{ userId }`. */
export type ApiwireToolContext = Record<string, unknown>;

/** What `toAISDKTools` returns: spread `tools` and `toolApproval` into generateText, streamText or ToolLoopAgent. */
export interface AISDKTools {
  /** One tool per visible and deferred operation, keyed by name, plus the search tool when some are deferred. */
  // Typed with an optional per-call context, so that `generateText` accepts `toolsContext: contextFor(…)`.
  tools: Record<string, Tool<any, any, ApiwireToolContext | undefined>>;
  /** `'user-approval'` (or the `approve` hook's verdict) for every approval-gated tool, by name. */
  toolApproval: Record<string, AISDKToolApprovalEntry>;
  /**
   * The SDK's `toolsContext` giving every apiwire tool the same per-call context (the user, their session): each
   * tool's `execute` receives it and core hands it to `auth.resolveCredential(name, { callContext })`.
   * `generateText({ model, tools, toolApproval, toolsContext: contextFor({ userId }) })`. (Not named
   * `toolsContext`, so that spreading the whole result into `generateText` stays valid.)
   */
  contextFor: <CONTEXT extends ApiwireToolContext>(context: CONTEXT) => Record<string, CONTEXT>;
}

/** What `toAISDKTools` accepts: loaded servers (or descriptors), or a catalog of them. */
export type AISDKToolsSource = ToolCatalogSource;
