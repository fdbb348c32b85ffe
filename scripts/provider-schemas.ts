/**
 * `pnpm providers [spec…]`: every tool of current GitHub, Stripe 2023, GitHub 2022 and every corpus spec (from
 * ../shared when present) sent through the real OpenAI, Anthropic and Gemini packages of the AI SDK, default and
 * strict, 100 tools per request, with a fetch that records the request; each definition is checked against the
 * provider's documented rules (packages/ai-sdk/src/provider-rules.md; the checker is fixtures/src/ai-sdk/provider-rule-violations.ts). Prints the six-mode table.
 */
import { resolve } from 'node:path';
import { loadApiServer, type ApiServer } from '@apiwire/core';
import { toAISDKTools } from '../packages/ai-sdk/src/to-ai-sdk-tools';
import { recordToolDefinitions, type RecordedProvider } from '../fixtures/src/ai-sdk/record-tool-definitions';
import { requestCapViolations, toolDefinitionViolations } from '../fixtures/src/ai-sdk/provider-rule-violations';
import { findSpecs } from './lib/find-specs';
import { githubSpecPath } from './lib/github-spec';
import { repositoryRoot, sharedDir } from './lib/shared-dir';

const providers: RecordedProvider[] = ['openai', 'anthropic', 'google'];
const toolsPerRequest = 100;

interface ModeTally {
  definitions: number;
  strict: number;
  rejected: number;
  requests: number;
  overCap: number;
  rules: Map<string, number>;
}

async function specPaths(): Promise<string[]> {
  const explicit = process.argv.slice(2).map((argument) => resolve(process.env.INIT_CWD ?? process.cwd(), argument));
  if (explicit.length > 0) return explicit;
  const shared = sharedDir();
  const paths = [await githubSpecPath(), resolve(repositoryRoot, 'fixtures/specs/stripe-2023-09-12.yaml'), resolve(repositoryRoot, 'fixtures/specs/github-2022-07.json')];
  if (shared) paths.push(...(await findSpecs(resolve(shared, 'corpus'))));
  else process.stderr.write('../shared is absent: the corpus is left out\n');
  return paths;
}

async function checkServer(options: { server: ApiServer; provider: RecordedProvider; strict: boolean; tally: ModeTally }): Promise<void> {
  const { server, provider, strict, tally } = options;
  const { tools } = toAISDKTools([server], { strict, provider });
  const names = Object.keys(tools);
  for (let start = 0; start < names.length; start += toolsPerRequest) {
    const chunk = Object.fromEntries(names.slice(start, start + toolsPerRequest).map((name) => [name, tools[name]]));
    const definitions = await recordToolDefinitions({ provider, tools: chunk });
    tally.requests += 1;
    if (requestCapViolations({ provider, definitions }).length > 0) tally.overCap += 1;
    for (const definition of definitions) {
      tally.definitions += 1;
      if (definition.strict) tally.strict += 1;
      const violations = toolDefinitionViolations({ provider, definition });
      if (violations.length > 0) tally.rejected += 1;
      for (const rule of new Set(violations.map((violation) => violation.rule))) tally.rules.set(rule, (tally.rules.get(rule) ?? 0) + 1);
    }
  }
}

async function main(): Promise<void> {
  const paths = await specPaths();
  const tallies = new Map<string, ModeTally>();
  for (const provider of providers) {
    for (const strict of [false, true]) tallies.set(`${provider}:${strict}`, { definitions: 0, strict: 0, rejected: 0, requests: 0, overCap: 0, rules: new Map() });
  }
  let skipped = 0;
  for (const [index, path] of paths.entries()) {
    let server: ApiServer;
    try {
      server = await loadApiServer({ name: 'api', spec: path, baseUrl: 'http://127.0.0.1:1' });
    } catch {
      skipped += 1;
      continue;
    }
    for (const provider of providers) {
      for (const strict of [false, true]) await checkServer({ server, provider, strict, tally: tallies.get(`${provider}:${strict}`)! });
    }
    process.stderr.write(`${String(index + 1).padStart(4)}/${paths.length} ${server.tools.length} tools ${path}\n`);
  }
  const rows = [...tallies].map(([mode, tally]) => {
    const [provider, strict] = mode.split(':');
    const causes = [...tally.rules].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([rule, count]) => `${rule} (${count})`).join('; ');
    return `| ${provider}, ${strict === 'true' ? 'strict' : 'default'} | ${tally.definitions} | ${tally.strict} | ${tally.rejected} | ${tally.overCap} of ${tally.requests} | ${causes} |`;
  });
  process.stdout.write(
    [
      `specs: ${paths.length - skipped} loaded, ${skipped} not loadable`,
      '',
      '| mode | definitions | sent strict | rejected definitions | requests over a cap | main causes |',
      '|---|---|---|---|---|---|',
      ...rows,
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
