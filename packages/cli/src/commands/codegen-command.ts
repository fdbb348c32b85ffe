/** `apiwire codegen <spec> --out tools.ts`: a TypeScript module with typed zod input schemas and a typed factory. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { CliCommand } from '../cli-command';
import { generateToolsModule } from '../codegen/generate-tools-module';
import { exitCode } from '../exit-code';
import { loadServerForCli, serverOptionDefinitions, serverOptionsHelp } from '../load-server-for-cli';

/** The `codegen` command. */
export const codegenCommand: CliCommand = {
  name: 'codegen',
  summary: 'write a TypeScript module with zod input schemas and a typed createTools(server) factory',
  help: `Usage: apiwire codegen <spec> [--out tools.ts] [options]

Writes a TypeScript module (to --out, or to stdout) exporting, per tool, a zod 4 input schema
(<tool>Input, made with json-schema-to-zod), its input type and its success body type, plus
createTools(server): typed functions that call the loaded server's tools. The module imports zod and
@apiwire/core.

Options:
  --out FILE           where to write the module (default: stdout)
  --core-import SPEC   module to import apiwire types from (default @apiwire/core)
${serverOptionsHelp}
  -h, --help           show this help

Example:
  apiwire codegen ./billing.yaml --out src/billing-tools.ts --exclude tag:admin`,
  options: { ...serverOptionDefinitions, out: { type: 'string' }, 'core-import': { type: 'string' } },
  async run({ positionals, values, io }) {
    const server = await loadServerForCli({ spec: positionals[0], values, io, command: 'codegen', needsBaseUrl: false });
    const text = generateToolsModule({
      server,
      source: positionals[0],
      ...(typeof values['core-import'] === 'string' ? { coreImport: values['core-import'] } : {}),
    });
    if (typeof values.out !== 'string') {
      io.stdout(text);
      return exitCode.ok;
    }
    const path = resolve(io.cwd ?? process.cwd(), values.out);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
    io.stderr(`Wrote ${server.tools.length} typed tools to ${values.out}`);
    return exitCode.ok;
  },
};
