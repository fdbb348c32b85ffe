/** The approval step of the middleware: asks a human (an interrupt shaped like humanInTheLoopMiddleware's) or a hook about gated calls. */
import { decideApproval, describeApprovalRequest, notApprovedMessage, type ApproveHook, type ToolDescriptor } from '@apiwire/core';
import { AIMessage, type BaseMessage, ToolMessage } from '@langchain/core/messages';
import type { ToolCall } from '@langchain/core/messages/tool';
import { hasValidInput } from './has-valid-input';
import type { ActionRequest, Decision, DecisionType, HITLRequest, HITLResponse, ReviewConfig } from 'langchain';

/** What the review decided: the revised AI message, rejection messages, and the ids of the calls that may run. */
export interface ToolCallReview {
  /** The last AI message with its tool calls revised (edits applied), followed by one tool message per rejection. */
  messages: BaseMessage[];
  /** Tool call ids a human (or the hook) approved, edited calls included. */
  approvedToolCallIds: string[];
  /** True when no call is left to run: the model must see the rejections next. */
  nothingToRun: boolean;
}

/**
 * Reviews the approval-gated calls of the last AI message. Without a hook, all of them go to a human in one
 * `interrupt({ actionRequests, reviewConfigs })`, resumed with `{ decisions: [...] }` in the same order: `approve`,
 * `edit` (`editedAction: { name, args }`, validated again when the call runs) or `reject` (`message` shown to the
 * model). A gated call whose input fails the tool's schema is not reviewed: it runs unapproved, so the model reads its
 * input error and nothing is sent. Returns undefined when the last message holds no gated call with valid input.
 */
export async function reviewToolCalls(options: {
  messages: BaseMessage[];
  /** The approval-gated descriptor behind a tool name, if any. */
  gatedTool: (name: string) => ToolDescriptor | undefined;
  approve: ApproveHook | undefined;
  allowedDecisions: DecisionType[];
  descriptionPrefix: string;
  /** The base URL of a tool's server, when known (shown to the hook). */
  baseUrlOf?: (tool: ToolDescriptor) => string | undefined;
}): Promise<ToolCallReview | undefined> {
  const lastMessage = [...options.messages].reverse().find((message) => AIMessage.isInstance(message));
  if (!lastMessage || !AIMessage.isInstance(lastMessage) || !lastMessage.tool_calls?.length) return undefined;
  const answered = new Set(
    options.messages.filter((message) => ToolMessage.isInstance(message)).map((message) => message.tool_call_id),
  );
  const gatedCalls = lastMessage.tool_calls.filter((call) => {
    const tool = options.gatedTool(call.name);
    return tool !== undefined && !(call.id !== undefined && answered.has(call.id)) && hasValidInput({ tool, input: call.args });
  });
  if (gatedCalls.length === 0) return undefined;

  const decisions = options.approve
    ? await hookDecisions({
        calls: gatedCalls,
        gatedTool: options.gatedTool,
        approve: options.approve,
        baseUrlOf: options.baseUrlOf,
      })
    : await humanDecisions({
        calls: gatedCalls,
        allowedDecisions: options.allowedDecisions,
        descriptionPrefix: options.descriptionPrefix,
        schemaOf: (name) => options.gatedTool(name)?.inputSchema,
      });

  const revised = new Map<ToolCall, ToolCall>();
  const rejections: ToolMessage[] = [];
  const approvedToolCallIds: string[] = [];
  gatedCalls.forEach((call, index) => {
    const decision = decisions[index];
    if (decision.type === 'approve') {
      if (call.id !== undefined) approvedToolCallIds.push(call.id);
    } else if (decision.type === 'edit') {
      const edited = decision.editedAction;
      if (!edited || typeof edited.name !== 'string' || !edited.args || typeof edited.args !== 'object') {
        throw new Error(`Invalid edited action for tool "${call.name}": it needs a string name and an args object.`);
      }
      revised.set(call, { type: 'tool_call', name: edited.name, args: edited.args, id: call.id });
      if (call.id !== undefined) approvedToolCallIds.push(call.id);
    } else {
      if (decision.message !== undefined && typeof decision.message !== 'string') {
        throw new Error(`Tool call response for "${call.name}" must be a string, got ${typeof decision.message}`);
      }
      rejections.push(
        new ToolMessage({
          content: decision.message ?? `User rejected the tool call for \`${call.name}\` with id ${call.id}`,
          name: call.name,
          tool_call_id: call.id ?? '',
          status: 'error',
        }),
      );
    }
  });

  lastMessage.tool_calls = lastMessage.tool_calls.map((call) => revised.get(call) ?? call);
  const rejectedIds = new Set(rejections.map((message) => message.tool_call_id));
  const nothingToRun = lastMessage.tool_calls.every(
    (call) => call.id !== undefined && (answered.has(call.id) || rejectedIds.has(call.id)),
  );
  return { messages: [lastMessage, ...rejections], approvedToolCallIds, nothingToRun };
}

async function humanDecisions(options: {
  calls: ToolCall[];
  allowedDecisions: DecisionType[];
  descriptionPrefix: string;
  schemaOf: (name: string) => Record<string, unknown> | undefined;
}): Promise<Decision[]> {
  const actionRequests: ActionRequest[] = [];
  const reviewConfigs: ReviewConfig[] = [];
  for (const call of options.calls) {
    actionRequests.push({
      name: call.name,
      args: call.args,
      description: `${options.descriptionPrefix}\n\nTool: ${call.name}\nArgs: ${JSON.stringify(call.args, null, 2)}`,
    });
    const reviewConfig: ReviewConfig = { actionName: call.name, allowedDecisions: [...options.allowedDecisions] };
    const argsSchema = options.schemaOf(call.name);
    if (argsSchema) reviewConfig.argsSchema = argsSchema;
    reviewConfigs.push(reviewConfig);
  }
  const request: HITLRequest = { actionRequests, reviewConfigs };
  // Loaded on first use: `@langchain/langgraph` (with `langchain`) is an optional peer of this package.
  const { interrupt } = await import('@langchain/langgraph');
  const response = (await interrupt(request)) as HITLResponse | undefined;
  const decisions = response?.decisions;
  if (!Array.isArray(decisions)) throw new Error('Invalid HITLResponse: decisions must be a non-empty array');
  if (decisions.length !== options.calls.length) {
    throw new Error(
      `Number of human decisions (${decisions.length}) does not match number of hanging tool calls (${options.calls.length}).`,
    );
  }
  decisions.forEach((decision, index) => {
    if (!options.allowedDecisions.includes(decision?.type)) {
      throw new Error(
        `Unexpected human decision: ${JSON.stringify(decision)}. Decision type '${decision?.type}' is not allowed for tool '${options.calls[index].name}'. Expected one of ${JSON.stringify(options.allowedDecisions)} based on the tool's configuration.`,
      );
    }
  });
  return decisions;
}

async function hookDecisions(options: {
  calls: ToolCall[];
  gatedTool: (name: string) => ToolDescriptor | undefined;
  approve: ApproveHook;
  baseUrlOf?: (tool: ToolDescriptor) => string | undefined;
}): Promise<Decision[]> {
  const decisions: Decision[] = [];
  for (const call of options.calls) {
    const tool = options.gatedTool(call.name) as ToolDescriptor;
    const request = describeApprovalRequest({ tool, input: call.args, baseUrl: options.baseUrlOf?.(tool) });
    const decision = await decideApproval({ approve: options.approve, request });
    decisions.push(
      decision.approved
        ? { type: 'approve' }
        : { type: 'reject', message: notApprovedMessage({ toolName: call.name, reason: decision.reason }) },
    );
  }
  return decisions;
}
