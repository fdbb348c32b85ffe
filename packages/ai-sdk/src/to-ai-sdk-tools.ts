/** apiwire servers (or a catalog) as an AI SDK tool set with native deferred loading and tool approval. */
import {
  createToolCatalog,
  decideApproval,
  describeApprovalRequest,
  notApprovedMessage,
  profileToolSchemas,
  serverBaseUrls,
  type ToolDescriptor,
} from '@apiwire/core';
import { aiSdkToolEmbeddings } from './ai-sdk-tool-embeddings';
import { apiwireToolSearch } from './apiwire-tool-search';
import { apiwireTool } from './apiwire-tool';
import { createApprovalLedger } from './approval-ledger';
import { revealedToolNames } from './revealed-tool-names';
import { schemaProviderOf } from './schema-provider-of';
import { InvalidToolNameError } from './invalid-tool-name-error';
import type { AISDKToolApprovalEntry, AISDKTools, AISDKToolsOptions, AISDKToolsSource, ApiwireToolContext } from './to-ai-sdk-tools-options';
import { toolKey } from './tool-key';

/**
 * Turns apiwire servers (or a catalog) into `{ tools, toolApproval }` for `generateText`, `streamText` and
 * `ToolLoopAgent`: deferred operations carry `deferLoading: true` beside a `toolSearch` backed by the catalog's
 * search; approval-gated ones wait for the SDK's approval (even without `toolApproval`) and pass the core gate.
 *
 * @example
 * ```ts
 * const { tools, toolApproval } = toAISDKTools([billing]);
 * const result = await generateText({ model, tools, toolApproval, stopWhen: stepCountIs(8), prompt });
 * ```
 */
export function toAISDKTools(source: AISDKToolsSource, options: AISDKToolsOptions = {}): AISDKTools {
  const catalog = createToolCatalog(
    source,
    options.embeddings === undefined ? undefined : { embeddings: aiSdkToolEmbeddings(options.embeddings) },
  );
  const baseUrls = serverBaseUrls(source);
  const ledger = createApprovalLedger();
  const tools: AISDKTools['tools'] = {};
  const toolApproval: Record<string, AISDKToolApprovalEntry> = {};
  const keysByName = new Map<string, string>();
  const descriptorsByKey = new Map<string, ToolDescriptor>();
  const searchToolName = options.searchToolName ?? 'search_tools';
  const humanApproval = options.humanApproval !== false;
  // visible tools first: under Anthropic's per-request caps they are the ones that go strict
  const ordered = [...catalog.tools.filter((tool) => !tool.deferred), ...catalog.tools.filter((tool) => tool.deferred)];
  const profiles = profileToolSchemas({ tools: ordered, provider: schemaProviderOf(options.provider), strict: options.strict });
  const revealed = new Set(
    options.messages === undefined ? [] : revealedToolNames({ messages: options.messages, searchToolName }),
  );

  for (const descriptor of catalog.tools) {
    const key = toolKey({ descriptor, prefix: options.prefix, separator: options.separator });
    if (descriptorsByKey.has(key)) {
      throw new InvalidToolNameError({
        toolName: key,
        message: `Two tools are named "${key}" (${descriptorsByKey.get(key)!.id} and ${descriptor.id}); choose another prefix.`,
      });
    }
    keysByName.set(descriptor.name, key);
    descriptorsByKey.set(key, descriptor);
    tools[key] = apiwireTool({
      descriptor,
      profiled: profiles.get(descriptor.name)!,
      revealed: revealed.has(key),
      humanApproval,
      approvalFor: (toolCallId) => ledger.take({ toolName: key, toolCallId }),
      key,
      ...(options.results ? { results: options.results } : {}),
      ...(options.claimApproval ? { claimApproval: options.claimApproval } : {}),
    });
    if (!descriptor.requiresApproval) continue;
    const approve = options.approve;
    if (approve === undefined && !humanApproval) continue;
    toolApproval[key] =
      approve === undefined
        ? 'user-approval'
        : async (input, { toolCallId }) => {
            const request = describeApprovalRequest({ tool: descriptor, input, baseUrl: baseUrls.get(descriptor.server) });
            const decision = await decideApproval({ approve, request });
            if (!decision.approved) {
              return { type: 'denied', reason: decision.reason ?? notApprovedMessage({ toolName: key }) };
            }
            ledger.record({ toolName: key, toolCallId, decision });
            return decision.reason === undefined ? 'approved' : { type: 'approved', reason: decision.reason };
          };
  }

  if (catalog.tools.some((descriptor) => descriptor.deferred)) {
    if (descriptorsByKey.has(searchToolName)) {
      throw new InvalidToolNameError({
        toolName: searchToolName,
        message: `The search tool name "${searchToolName}" is taken by ${descriptorsByKey.get(searchToolName)!.id}; set searchToolName.`,
      });
    }
    tools[searchToolName] = apiwireToolSearch({
      catalog,
      maxResults: options.maxResults ?? 5,
      minCoverage: options.minCoverage,
      descriptorOf: (key) => descriptorsByKey.get(key),
      keyOf: (name) => keysByName.get(name),
    });
  }
  const contextFor = <CONTEXT extends ApiwireToolContext>(context: CONTEXT): Record<string, CONTEXT> =>
    Object.fromEntries(Object.keys(tools).map((name) => [name, context]));
  return { tools, toolApproval, contextFor };
}
