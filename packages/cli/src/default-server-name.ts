/** The tool-name prefix the CLI uses when `--name` is not given: the spec file's base name, made safe. */

const genericNames = new Set(['openapi', 'swagger', 'spec', 'api', 'index', 'schema']);

/** `./specs/billing.yaml` -> `billing`; `https://x/openapi.json` -> `api`; always matches ^[a-z][a-z0-9_]*$. */
export function defaultServerName(spec: string): string {
  const withoutQuery = spec.split(/[?#]/)[0];
  const base = withoutQuery.split(/[\\/]/).filter(Boolean).pop() ?? '';
  const stem = base.replace(/\.(ya?ml|json)$/i, '').replace(/\.(openapi|swagger|spec)$/i, '');
  const safe = stem.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').replace(/^(\d)/, 'api_$1');
  return safe === '' || genericNames.has(safe) || safe.length > 24 ? 'api' : safe;
}
