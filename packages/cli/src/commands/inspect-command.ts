/** `apiwire inspect <spec>`: the tools an agent would get, their flags and token costs, and the loader's warnings. */
import { createSearchTool, createCallTool, createToolCatalog, estimateToolTokens } from '@apiwire/core';
import type { CliCommand } from '../cli-command';
import { loadO200kTokenCounter } from '../count-o200k-tokens';
import { exitCode } from '../exit-code';
import { formatTable } from '../format-table';
import { loadServerForCli, serverOptionDefinitions, serverOptionsHelp } from '../load-server-for-cli';

/** The `inspect` command. */
export const inspectCommand: CliCommand = {
  name: 'inspect',
  summary: 'list the tools a spec gives an agent, with approval, deferral and token costs',
  help: `Usage: apiwire inspect <spec> [options]

Lists every tool the spec yields (name, method, path, approval, deferred, input tokens), the token totals
(all tools; what the model sees first: visible tools plus the meta-tools search_tools and call_tool when
anything is deferred; the meta-tools alone), and the loader's warnings. Tokens are exact o200k_base counts of the JSON tool definitions.

Options:
${serverOptionsHelp}
  --json               print one JSON object instead of the table
  -h, --help           show this help

Example:
  apiwire inspect ./billing.yaml --approve mutating --defer tag:reports`,
  options: { ...serverOptionDefinitions, json: { type: 'boolean' } },
  async run({ positionals, values, io }) {
    const server = await loadServerForCli({ spec: positionals[0], values, io, command: 'inspect', needsBaseUrl: false, printSelectorWarnings: false });
    const catalog = createToolCatalog([server]);
    const visible = catalog.visible();
    const deferred = catalog.deferred();
    const searchTool = createSearchTool(catalog);
    const callTool = createCallTool(catalog);
    const countTokens = await loadO200kTokenCounter();
    const perTool = estimateToolTokens(server.tools, { countTokens });
    const meta = estimateToolTokens([searchTool, callTool], { countTokens });
    const tokensByName = new Map(perTool.tools.map((tool) => [tool.name, tool.tokens]));
    const visibleTokens = visible.reduce((sum, tool) => sum + (tokensByName.get(tool.name) ?? 0), 0);
    const searchTokens = meta.tools[0].tokens;
    // With anything deferred the model also gets the meta-tools: search_tools to find, call_tool to call.
    const firstCall = visibleTokens + (deferred.length > 0 ? meta.total : 0);
    const totals = {
      allTools: perTool.total,
      firstModelCall: firstCall,
      metaTools: { search_tools: meta.tools[0].tokens, call_tool: meta.tools[1].tokens },
    };
    if (values.json === true) {
      io.stdout(
        JSON.stringify(
          {
            name: server.name,
            title: server.info.title,
            version: server.info.version,
            baseUrl: server.baseUrl,
            tools: server.tools.map((tool) => ({
              name: tool.name,
              id: tool.id,
              method: tool.operation.method,
              path: tool.operation.path,
              tags: tool.operation.tags,
              deprecated: tool.operation.deprecated,
              requiresApproval: tool.requiresApproval,
              deferred: tool.deferred,
              tokens: tokensByName.get(tool.name) ?? 0,
            })),
            counts: { tools: server.tools.length, visible: visible.length, deferred: deferred.length },
            tokens: totals,
            warnings: server.warnings,
          },
          null,
          2,
        ),
      );
      return exitCode.ok;
    }
    const lines = [
      `${server.info.title} ${server.info.version}: ${server.tools.length} tools (${visible.length} visible, ${deferred.length} deferred), base URL ${server.baseUrl}`,
      '',
      ...formatTable({
        columns: ['NAME', 'METHOD', 'PATH', 'APPROVAL', 'DEFERRED', 'TOKENS'],
        rows: server.tools.map((tool) => [
          tool.name + (tool.operation.deprecated ? ' (deprecated)' : ''),
          tool.operation.method,
          tool.operation.path,
          tool.requiresApproval ? 'yes' : '-',
          tool.deferred ? 'yes' : '-',
          tokensByName.get(tool.name) ?? 0,
        ]),
      }),
      '',
      'Tokens (o200k_base count of the tool definitions):',
      `  all tools              ${String(totals.allTools).padStart(8)}  (${server.tools.length} tools)`,
      `  first model call       ${String(totals.firstModelCall).padStart(8)}  (${visible.length} visible tools${deferred.length > 0 ? ' + search_tools, call_tool' : ''})`,
      `  meta-tools             ${String(searchTokens + meta.tools[1].tokens).padStart(8)}  (search_tools ${searchTokens}, call_tool ${meta.tools[1].tokens})`,
      '',
      `Warnings (${server.warnings.length}):`,
      ...server.warnings.map((warning) => `  ${warning.operation ? `${warning.operation}: ` : ''}${warning.message} (#${warning.pointer})`),
    ];
    if (server.warnings.length === 0) lines.push('  none');
    io.stdout(lines.join('\n'));
    return exitCode.ok;
  },
};
