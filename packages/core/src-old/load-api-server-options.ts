/** The options of `loadApiServer`: where the spec is, where the API lives, auth, policies and transport. */
import type { ApprovalDecision, ToolDescriptor } from './tool-descriptor';
import type { ToolRequestSummary } from './tool-result';
import type { ResultsOptions } from './results/results-options';
import type { Selectors } from './selector';

export type { Selector, Selectors } from './selector';

/** A credential named by reference, resolved per call by `auth.resolveCredential`. */
export interface CredentialReference {
  credential: string;
}

/** A secret value: literal, or a reference resolved per call. */
export type SecretValue = string | CredentialReference;

/** Credentials for one of the spec's security schemes, by the scheme's type. */
export type SchemeCredentials =
  /** bearer token, or API key value */
  | SecretValue
  /** HTTP basic */
  | { username: SecretValue; password: SecretValue }
  /** OAuth2 client credentials */
  | { clientId: SecretValue; clientSecret: SecretValue; tokenUrl?: string; scopes?: string[] };

/** How requests are authenticated. Credentials go only to allowed origins and never into results or errors. */
export interface AuthOptions {
  /**
   * Static headers on every request (e.g. Authorization). Values may be references. Developer-configured static
   * headers, query and cookies apply to every call, operations whose `security` is `[]` included; the scheme
   * credentials below follow each operation's `security`.
   */
  headers?: Record<string, SecretValue>;
  /** Static query parameters on every request (e.g. an api_key the spec does not declare). */
  query?: Record<string, SecretValue>;
  /** Static cookies on every request. */
  cookies?: Record<string, SecretValue>;
  /**
   * Credentials for the spec's securitySchemes, by scheme name. An operation's requirements are alternatives: the
   * first whose schemes all have credentials here is used, plus any configured apiKey scheme whose parameter the
   * operation declares required (trello's `key` and `token`). An OAuth2 client-credentials `tokenUrl` from the spec is
   * used only on the API's origin or `allowedOrigins`; set `tokenUrl` here to use another.
   */
  schemes?: Record<string, SchemeCredentials>;
  /**
   * Resolves a `{ credential }` reference per call (async; rotating tokens work); literal-only auth is resolved once.
   * `callContext` is the framework's per-call context (AI SDK `experimental_context`, LangChain's run config), so a
   * web app resolves the token of the user whose conversation made the call.
   */
  resolveCredential?: (
    reference: string,
    context: { server: string; tool: string; callContext?: unknown },
  ) => string | Promise<string>;
}

/** Which operations are exposed, which wait for a human, which are deferred behind search. */
export interface OperationsOptions {
  include?: Selectors;
  exclude?: Selectors;
  /** `'mutating'`: POST, PUT, PATCH, DELETE; `true`: all. */
  requireApproval?: Selectors | 'mutating' | true;
  /** `true`: everything. */
  defer?: Selectors | true;
  /** Treat `x-openai-isConsequential: true` as requiring approval (and `false` as not). Default false. */
  useConsequentialHint?: boolean;
  /**
   * Values the application fixes, by selector (string keys: operationId, name, id, glob, `tag:`, `METHOD /path`):
   * `{ 'github.repos_*': { owner: 'acme' } }`. A bound input property leaves the tool's input schema (the model
   * neither sees nor sets it; a call that sets it is refused as `invalid_input`) and is sent with the bound value.
   * Keys are input property names as the unbound schema has them. When several entries match, later ones win.
   */
  bind?: Record<string, Record<string, unknown>>;
  /**
   * A tool's name and description, by selector (as in `bind`). `name` replaces the part after the server prefix
   * (`{ createRefund: { name: 'refund' } }` -> `billing_refund`, id `billing.refund`); it must be unique and fit
   * `^[a-zA-Z0-9_-]{1,64}$` with the prefix. Selectors of every option match the original names.
   */
  overrides?: Record<string, { name?: string; description?: string }>;
}

/** What an approval hook (or a human) is asked to decide. */
export interface ApprovalRequest {
  tool: ToolDescriptor;
  /** The validated input. */
  input: Record<string, unknown>;
  /** The request that would be sent, credentials masked. */
  request: ToolRequestSummary;
}

/** Decides approval-gated calls when no human is asked. */
export type ApproveHook = (
  request: ApprovalRequest,
) => boolean | ApprovalDecision | Promise<boolean | ApprovalDecision>;

/** Retries for idempotent methods on network errors, 429, 502, 503, 504. */
export interface RetryOptions {
  /** Retries after the first try (default 2; 0 disables). */
  retries?: number;
  /** First backoff in ms (default 250), doubled each time, with jitter. */
  minDelayMs?: number;
  /** Longest wait, also the bound on Retry-After (default 10 000). */
  maxDelayMs?: number;
  /** Also retry POST and PATCH (default false). */
  retryNonIdempotent?: boolean;
}

/** Options of `loadApiServer`. */
export interface LoadApiServerOptions {
  /** Namespace prefix of every tool name: `billing` -> `billing_create_invoice`. */
  name: string;
  /** A file path, an http(s) URL, YAML or JSON text, or a parsed object. */
  spec: string | URL | Record<string, unknown>;
  /** Where the live API lives; default: the spec's servers[0] with variables at their defaults. */
  baseUrl?: string;
  auth?: AuthOptions;
  operations?: OperationsOptions;
  /** Decides approval-gated calls when the framework has no human in the loop. */
  approve?: ApproveHook;
  /** fetch for API calls, spec downloads and OAuth token requests (default: global fetch). */
  fetch?: typeof fetch;
  /** Per-request timeout in ms (default 30 000). */
  timeoutMs?: number;
  retry?: RetryOptions | false;
  /** Response size cap in bytes (default 1 MiB). */
  maxResponseBytes?: number;
  /** Extra origins requests (and credentials) may go to: operation `servers`, redirects. */
  allowedOrigins?: string[];
  /** Spec loading limits and permissions. */
  specLoading?: {
    /** Download timeout in ms (default 30 000). */
    timeoutMs?: number;
    /** Largest spec accepted in bytes (default 50 MiB). */
    maxBytes?: number;
    /** For URL specs: follow `$ref`s to other origins (default false). `file:` refs are never followed from URLs. */
    allowCrossOriginRefs?: boolean;
    /**
     * For file specs: the folder (path or file: URL) whose files `$ref`s may read (default: the spec's own folder).
     * Refs outside it, and absolute `file:` refs, are refused: a SpecError when an operation needs them, else a
     * warning.
     */
    root?: string | URL;
  };
  /** Descriptions longer than this are cut (default 1 024 characters). */
  maxDescriptionLength?: number;
  /**
   * What a model reads of each result: a token budget (default 8,000), compaction (nulls, empty values, API
   * links and media links left out, default on), per-tool overrides by selector, and opt-in field selection. The
   * `ToolResult` keeps the full body.
   */
  results?: ResultsOptions;
  /**
   * Words your users say for this API's terms, as groups of synonyms (`[['ticket', 'case', 'incident']]`), used by
   * search (`search_tools`, `catalog.rank`) beside the built-in table of general English: a team's own jargon,
   * product names, abbreviations. Each group is symmetric; phrases of up to three words are read as phrases. They
   * apply to the whole catalog this API's tools are in.
   */
  synonyms?: ReadonlyArray<readonly string[]>;
}
