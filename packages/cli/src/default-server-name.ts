/** The tool-name prefix the CLI uses when `--name` is not given: the spec file's base name, made safe and short. */

const genericNames = new Set(['openapi', 'swagger', 'spec', 'api', 'index', 'schema']);
const maxLength = 20;

/**
 * `./specs/billing.yaml` -> `billing`; `stripe-2023-09-12.yaml` -> `stripe` (dates and versions dropped);
 * `https://x/openapi.json` -> `api`. Always matches ^[a-z][a-z0-9_]*$.
 */
export function defaultServerName(spec: string): string {
  const withoutQuery = spec.split(/[?#]/)[0];
  const base = withoutQuery.split(/[\\/]/).filter(Boolean).pop() ?? '';
  const stem = base.replace(/\.(ya?ml|json)$/i, '');
  const words = stem
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !/^v?\d+$/.test(word) && !genericNames.has(word));
  let name = '';
  for (const word of words) {
    const next = name === '' ? word : `${name}_${word}`;
    if (next.length > maxLength) break;
    name = next;
  }
  if (name === '' || /^\d/.test(name)) return 'api';
  return name;
}
