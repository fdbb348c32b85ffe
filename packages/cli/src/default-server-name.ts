/** The tool-name prefix the CLI uses when `--name` is not given: the API's title, else the spec file's base name. */

const genericNames = new Set(['openapi', 'swagger', 'spec', 'api', 'apis', 'rest', 'http', 'index', 'schema', 'the', 'service']);
const maxLength = 20;

/**
 * From the spec's `info.title` when it has a usable word: `Stripe API` -> `stripe`, `GitHub v3 REST API` ->
 * `github`, `Pet Store` -> `pet_store`; else from the file name: `./specs/billing.yaml` -> `billing`,
 * `stripe-2023-09-12.yaml` -> `stripe` (dates and versions dropped); else `api`. Always matches ^[a-z][a-z0-9_]*$.
 */
export function defaultServerName(options: { spec: string; title?: string }): string {
  const fromTitle = nameFromWords(options.title ?? '');
  if (fromTitle !== '') return fromTitle;
  const withoutQuery = options.spec.split(/[?#]/)[0];
  const base = withoutQuery.split(/[\\/]/).filter(Boolean).pop() ?? '';
  return nameFromWords(base.replace(/\.(ya?ml|json)$/i, '')) || 'api';
}

function nameFromWords(text: string): string {
  const words = text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !/^v?\d+$/.test(word) && !genericNames.has(word));
  let name = '';
  for (const word of words) {
    const next = name === '' ? word : `${name}_${word}`;
    if (next.length > maxLength) break;
    name = next;
  }
  return name === '' || /^\d/.test(name) ? '' : name;
}
