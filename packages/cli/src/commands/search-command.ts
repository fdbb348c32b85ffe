/** `apiwire search <spec> "<request>"`: the operations ranked for a request, with scores. */
import { createToolCatalog } from '@apiwire/core';
import type { CliCommand } from '../cli-command';
import { CliUsageError } from '../cli-usage-error';
import { exitCode } from '../exit-code';
import { formatTable } from '../format-table';
import { loadServerForCli, serverOptionDefinitions, serverOptionsHelp } from '../load-server-for-cli';

/** The `search` command. */
export const searchCommand: CliCommand = {
  name: 'search',
  summary: 'rank the operations of a spec for a request, as the search_tools meta-tool would',
  help: `Usage: apiwire search <spec> "<request>" [options]

Ranks every tool of the spec (deferred or not) for the request with the catalog's built-in search
(BM25F over names, summaries, descriptions, tags, paths and parameters, with everyday synonyms) and prints
the best matches.

Options:
  --limit N            how many matches (default 10)
  --json               print JSON instead of a table
  --synonym 'A,B,…'    words your users say for the same thing, comma-separated (repeatable), as
                       loadApiServer's synonyms option: --synonym 'ticket,case,incident'
${serverOptionsHelp}
  -h, --help           show this help

Example:
  apiwire search ./billing.yaml "refund a customer's payment" --limit 5`,
  options: { ...serverOptionDefinitions, limit: { type: 'string' }, json: { type: 'boolean' }, synonym: { type: 'string', multiple: true } },
  async run({ positionals, values, io }) {
    const query = positionals[1];
    if (query === undefined || query.trim() === '') {
      throw new CliUsageError({ message: 'Missing "<request>": what you want to do, in words', command: 'search' });
    }
    const limit = values.limit === undefined ? 10 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1) {
      throw new CliUsageError({ message: `--limit must be a positive integer, got '${String(values.limit)}'`, command: 'search' });
    }
    const synonyms = synonymGroups(values.synonym);
    const server = await loadServerForCli({
      spec: positionals[0],
      values,
      io,
      command: 'search',
      needsBaseUrl: false,
      ...(synonyms.length > 0 ? { overrides: { synonyms } } : {}),
    });
    const matches = await createToolCatalog([server]).search(query, { limit });
    if (values.json === true) {
      io.stdout(
        JSON.stringify(
          matches.map((match) => ({
            name: match.descriptor.name,
            score: match.score,
            method: match.descriptor.operation.method,
            path: match.descriptor.operation.path,
            summary: match.descriptor.operation.summary,
            deferred: match.descriptor.deferred,
          })),
          null,
          2,
        ),
      );
      return exitCode.ok;
    }
    if (matches.length === 0) {
      io.stdout(`No operation matches "${query}".`);
      return exitCode.ok;
    }
    io.stdout(
      formatTable({
        columns: ['#', 'SCORE', 'NAME', 'OPERATION', 'SUMMARY'],
        rows: matches.map((match, index) => [
          index + 1,
          match.score.toFixed(2),
          match.descriptor.name,
          `${match.descriptor.operation.method} ${match.descriptor.operation.path}`,
          truncate(match.descriptor.operation.summary ?? match.descriptor.description.split('\n')[0], 60),
        ]),
      }).join('\n'),
    );
    return exitCode.ok;
  },
};

/** `--synonym 'ticket,case'` values as groups; a group needs two words or more. */
function synonymGroups(values: unknown): string[][] {
  const list = Array.isArray(values) ? values.map(String) : typeof values === 'string' ? [values] : [];
  return list.map((value) => {
    const words = value.split(',').map((word) => word.trim()).filter((word) => word !== '');
    if (words.length < 2) {
      throw new CliUsageError({ message: `--synonym needs two or more words separated by commas, got '${value}'`, command: 'search' });
    }
    return words;
  });
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
