/**
 * @apiwire/cli: the `apiwire` command (inspect, search, call, codegen) and its pieces for programmatic use.
 *
 * @example
 * ```ts
 * import { runCli } from '@apiwire/cli';
 * const code = await runCli({ argv: ['inspect', './billing.yaml'], io: { stdout: console.log, stderr: console.error } });
 * ```
 */
export { runCli } from './run-cli';
export { generateToolsModule } from './codegen/generate-tools-module';
export { CliUsageError } from './cli-usage-error';
export { loadO200kTokenCounter } from './count-o200k-tokens';
export type { CliCommand, CliIo, CliValues } from './cli-command';
