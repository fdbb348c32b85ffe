/** The `apiwire` command line: parses argv, runs a command, turns errors into messages and exit codes. */
import { parseArgs } from 'node:util';
import { ApiwireError, SelectorError, SpecError } from '@apiwire/core';
import type { CliCommand, CliIo, CliValues } from './cli-command';
import { CliUsageError } from './cli-usage-error';
import { callCommand } from './commands/call-command';
import { codegenCommand } from './commands/codegen-command';
import { inspectCommand } from './commands/inspect-command';
import { searchCommand } from './commands/search-command';
import { exitCode } from './exit-code';

const commands: CliCommand[] = [inspectCommand, searchCommand, callCommand, codegenCommand];

const mainHelp = `Usage: apiwire <command> [options]

Turn an OpenAPI document into agent tools, and see what an agent would get before writing code.

Commands:
${commands.map((command) => `  ${command.name.padEnd(9)}${command.summary}`).join('\n')}

Run 'apiwire <command> --help' for a command's options.`;

/**
 * Runs the CLI with the given arguments (without `node` and the script) and returns the exit code:
 * 0 success, 1 the work failed (bad spec, unknown tool, failed call), 2 the command line was wrong.
 *
 * @example
 * ```ts
 * const code = await runCli({ argv: ['inspect', './billing.yaml', '--json'], io: { stdout: console.log, stderr: console.error } });
 * ```
 */
export async function runCli(options: { argv: string[]; io: CliIo }): Promise<number> {
  const { io } = options;
  const [name, ...rest] = options.argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? commands.find((command) => command.name === rest[0]) : undefined;
    io.stdout(topic ? topic.help : mainHelp);
    return name === undefined ? exitCode.usage : exitCode.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout('0.1.0');
    return exitCode.ok;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`Error: unknown command '${name}'.\n\n${mainHelp}`);
    return exitCode.usage;
  }
  try {
    let parsed: { values: CliValues; positionals: string[] };
    try {
      parsed = parseArgs({
        args: rest,
        options: { ...command.options, help: { type: 'boolean', short: 'h' } },
        allowPositionals: true,
        strict: true,
      }) as { values: CliValues; positionals: string[] };
    } catch (error) {
      throw new CliUsageError({ message: (error as Error).message, command: command.name });
    }
    if (parsed.values.help === true) {
      io.stdout(command.help);
      return exitCode.ok;
    }
    return await command.run({ positionals: parsed.positionals, values: parsed.values, io });
  } catch (error) {
    if (SelectorError.isInstance(error)) {
      io.stderr(`Error: ${error.message}\nRun 'apiwire ${command.name} --help' for usage.`);
      return exitCode.usage;
    }
    if (CliUsageError.isInstance(error)) {
      io.stderr(`Error: ${error.message}\nRun 'apiwire ${error.command ?? command.name} --help' for usage.`);
      return exitCode.usage;
    }
    if (SpecError.isInstance(error)) {
      io.stderr(`Error: the spec cannot be used: ${error.message}`);
      return exitCode.failure;
    }
    if (ApiwireError.isInstance(error)) {
      io.stderr(`Error: ${error.message}`);
      return exitCode.failure;
    }
    io.stderr(`Error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return exitCode.failure;
  }
}
