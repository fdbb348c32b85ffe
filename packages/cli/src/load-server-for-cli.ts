/** Loads a spec for a CLI command: the shared options (--name, --base-url, filters, --header) and a progress line. */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadApiServer, SpecError, type ApiServer, type LoadApiServerOptions, type OperationsOptions } from '@apiwire/core';
import type { CliCommand, CliIo, CliValues } from './cli-command';
import { CliUsageError } from './cli-usage-error';
import { defaultServerName } from './default-server-name';

/** Options every command that loads a spec accepts. */
export const serverOptionDefinitions = {
  name: { type: 'string' },
  'base-url': { type: 'string' },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  approve: { type: 'string', multiple: true },
  defer: { type: 'string', multiple: true },
  header: { type: 'string', multiple: true },
} satisfies CliCommand['options'];

/** Help lines for `serverOptionDefinitions`. */
export const serverOptionsHelp = `  --name NAME          tool-name prefix (default: from the spec's info.title, else its file name)
  --base-url URL       where the API lives (default: the spec's servers[0])
  --include SELECTOR   only these operations (repeatable); selectors: operationId, tool name or id,
                       glob over ids (billing.invoices_*), tag:NAME, "METHOD /path/glob"
  --exclude SELECTOR   leave these out (repeatable)
  --approve SELECTOR   require approval (repeatable); also "mutating", or "all" / "true"
  --defer SELECTOR     defer behind search (repeatable); also "all" / "true"
  --header 'K: V'      a header sent on every request, e.g. --header 'Authorization: Bearer …' (repeatable)`;

const largeSpecBytes = 2 * 1024 * 1024;
/** Stands in for a missing server URL when nothing will be sent (RFC 2606: `.invalid` never resolves). */
const placeholderBaseUrl = 'http://base-url.invalid';

/** The loaded server; throws CliUsageError for bad options, SpecError (from core) for a bad spec. */
export async function loadServerForCli(options: {
  spec: string | undefined;
  values: CliValues;
  io: CliIo;
  command: string;
  /** Extra options for loadApiServer (a recording fetch for `call`). */
  overrides?: Partial<LoadApiServerOptions>;
  /** False for commands that send nothing: a spec without an absolute server URL still loads. */
  needsBaseUrl?: boolean;
  /** Print warnings about `--include`/`--exclude`/`--approve`/`--defer` selectors to stderr (default true; inspect lists them itself). */
  printSelectorWarnings?: boolean;
}): Promise<ApiServer> {
  if (options.spec === undefined || options.spec === '') {
    throw new CliUsageError({ message: 'Missing <spec>: a file path or an http(s) URL', command: options.command });
  }
  const isUrl = /^https?:\/\//i.test(options.spec);
  const spec = isUrl ? options.spec : resolve(options.io.cwd ?? process.cwd(), options.spec);
  const started = Date.now();
  let progress = false;
  if (isUrl) {
    options.io.stderr(`Downloading ${options.spec} …`);
    progress = true;
  } else {
    const size = await stat(spec).then((stats) => stats.size, () => undefined);
    if (size === undefined) {
      throw new CliUsageError({ message: `No such file: ${options.spec}`, command: options.command });
    }
    if (size >= largeSpecBytes) {
      options.io.stderr(`Loading ${options.spec} (${(size / 1024 / 1024).toFixed(1)} MB) …`);
      progress = true;
    }
  }
  const givenName = stringValue(options.values.name);
  let name = givenName ?? defaultServerName({ spec: options.spec });
  const baseUrl = stringValue(options.values['base-url']);
  const load = (fallbackBaseUrl?: string) =>
    loadApiServer({
      name,
      spec,
      ...(baseUrl ?? fallbackBaseUrl ? { baseUrl: baseUrl ?? fallbackBaseUrl } : {}),
      ...(options.io.fetch ? { fetch: options.io.fetch } : {}),
      auth: { headers: parseHeaders(listValue(options.values.header), options.command) },
      operations: operationsFrom(options.values),
      ...options.overrides,
    });
  let server: ApiServer;
  let fallback: string | undefined;
  try {
    server = await load();
  } catch (error) {
    const noServer = SpecError.isInstance(error) && error.pointer.startsWith('/servers') && baseUrl === undefined;
    if (!noServer || options.needsBaseUrl !== false) throw error;
    options.io.stderr(`Note: the spec has no absolute server URL (${(error as Error).message}); pass --base-url to call it.`);
    fallback = placeholderBaseUrl;
    server = await load(fallback);
  }
  // Without --name the prefix comes from the API's title; the file name (used to load) usually gives the same.
  const titleName = defaultServerName({ spec: options.spec, title: server.info.title });
  if (givenName === undefined && titleName !== name) {
    name = titleName;
    server = await load(fallback);
  }
  if (progress) options.io.stderr(`Loaded ${server.tools.length} tools in ${Date.now() - started} ms`);
  if (options.printSelectorWarnings !== false) {
    for (const warning of server.warnings) {
      if (warning.message.startsWith('operations.')) options.io.stderr(`Warning: ${warning.message}`);
    }
  }
  return server;
}

function operationsFrom(values: CliValues): OperationsOptions {
  const operations: OperationsOptions = {};
  const include = listValue(values.include);
  const exclude = listValue(values.exclude);
  const approve = listValue(values.approve);
  const defer = listValue(values.defer);
  if (include.length > 0) operations.include = include;
  if (exclude.length > 0) operations.exclude = exclude;
  if (approve.length > 0) operations.requireApproval = approve.some(meansAll) ? true : approve;
  if (defer.length > 0) operations.defer = defer.some(meansAll) ? true : defer;
  return operations;
}

/** Headers from repeated `--header 'Name: value'`. */
function parseHeaders(lines: string[], command: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw new CliUsageError({ message: `--header must look like 'Name: value', got '${line}'`, command });
    headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}

/** `all` and `true` select every operation (`--defer true` as in the `defer: true` option). */
function meansAll(selector: string): boolean {
  return selector === 'all' || selector === 'true';
}

function listValue(value: CliValues[string]): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((entry): entry is string => typeof entry === 'string');
}

function stringValue(value: CliValues[string]): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
