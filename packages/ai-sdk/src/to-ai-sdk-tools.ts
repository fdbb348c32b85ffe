/** apiwire servers (or a catalog) as an AI SDK tool set with native deferred loading and tool approval. */
import { createToolCatalog, isToolCatalog, type ApiServer, type ApprovalDecision, type ToolDescriptor } from '@apiwire/core';
import type { ToolSet } from 'ai';
import { createApprovalLedger } from './approval-ledger';
import { createApiTool } from './create-api-tool';
import { createSearchTool } from './create-search-tool';
import { describeRequest } from './describe-request';
import { revealedToolNames } from './revealed-tool-names';
import { InvalidToolNameError } from './invalid-tool-name-error';
import type { AISDKToolApprovalEntry, AISDKTools, AISDKToolsOptions, AISDKToolsSource } from './to-ai-sdk-tools-options';
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
  const catalog = createToolCatalog(source);
  const baseUrls = new Map(servers(source).map((server) => [server.name, server.baseUrl]));
  const ledger = createApprovalLedger();
  const tools: ToolSet = {};
  const toolApproval: Record<string, AISDKToolApprovalEntry> = {};
  const keysByName = new Map<string, string>();
  const descriptorsByKey = new Map<string, ToolDescriptor>();
  const searchToolName = options.searchToolName ?? 'search_tools';
  const humanApproval = options.humanApproval !== false;
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
    tools[key] = createApiTool({
      descriptor,
      strict: options.strict === true,
      revealed: revealed.has(key),
      humanApproval,
      approvalFor: (toolCallId) => ledger.take({ toolName: key, toolCallId }),
    });
    if (!descriptor.requiresApproval) continue;
    const approve = options.approve;
    if (approve === undefined && !humanApproval) continue;
    toolApproval[key] =
      approve === undefined
        ? 'user-approval'
        : async (input, { toolCallId }) => {
            const record = (input ?? {}) as Record<string, unknown>;
            const request = describeRequest({ descriptor, input: record, baseUrl: baseUrls.get(descriptor.server) });
            let decision: ApprovalDecision;
            try {
              const verdict = await approve({ tool: descriptor, input: record, request });
              decision = typeof verdict === 'boolean' ? { approved: verdict } : verdict;
            } catch (error) {
              // a hook that fails denies, as the core gate does
              decision = { approved: false, reason: `The approval hook failed: ${error instanceof Error ? error.message : String(error)}` };
            }
            if (decision?.approved !== true) {
              return { type: 'denied', reason: decision?.reason ?? `${key} was not approved.` };
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
    tools[searchToolName] = createSearchTool({
      catalog,
      maxResults: options.maxResults ?? 5,
      descriptorOf: (key) => descriptorsByKey.get(key),
      keyOf: (name) => keysByName.get(name),
    });
  }
  return { tools, toolApproval };
}

/** The servers among the source's items (for their base URLs in approval requests). */
function servers(source: AISDKToolsSource): ApiServer[] {
  if (isToolCatalog(source)) return [];
  const items: readonly unknown[] = Array.isArray(source) ? source : [source];
  return items.filter(
    (item): item is ApiServer =>
      typeof item === 'object' && item !== null && Array.isArray((item as ApiServer).tools) && 'baseUrl' in item,
  );
}
