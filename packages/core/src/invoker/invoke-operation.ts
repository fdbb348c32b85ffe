/** One tool call, in phases: prepare (validate, serialise, check the origin), gate (approval), send with retries, read. */
import { checkApproval } from '../approval/check-approval';
import type { OperationPlan } from '../operation-plan';
import type { InvokeOptions, ToolDescriptor } from '../tool-descriptor';
import type { ToolResult } from '../tool-result';
import type { InvokerContext } from './invoker-context';
import { prepareCall } from './prepare-call';
import type { PreparedOperation } from './prepare-operation';
import { mayRetryMethod } from './retry-delay';
import { retryWithBackoff } from './retry-with-backoff';
import { sendAttempt } from './send-attempt';

/** Invokes one operation; returns every failure the model can act on as a value. Throws only on developer misconfiguration or the caller's abort. */
export async function invokeOperation(options: {
  context: InvokerContext;
  plan: OperationPlan;
  descriptor: ToolDescriptor;
  baseUrl: string;
  /** Per-tool facts computed once: credential query names; the credentials themselves when they never change. */
  prepared: PreparedOperation;
  input: unknown;
  invokeOptions?: InvokeOptions;
}): Promise<ToolResult> {
  const { context, plan, descriptor, baseUrl, prepared } = options;
  const preparation = prepareCall({ context, plan, descriptor, baseUrl, prepared, input: options.input });
  if (!preparation.ok) return preparation.result;
  const call = preparation.call;

  // Most tools need no approval: they skip the gate's promise.
  const denied = descriptor.requiresApproval && (await checkApproval({
    tool: descriptor,
    input: call.input,
    request: call.summary,
    approval: options.invokeOptions?.approval,
    approve: context.options.approve,
  }));
  if (denied) return denied;

  const signal = options.invokeOptions?.signal;
  const oauth = { refreshed: false };
  return retryWithBackoff({
    send: () => sendAttempt({ context, plan, toolName: descriptor.name, callContext: options.invokeOptions?.callContext, baseUrl, prepared, call, signal, oauth }),
    retry: context.retry,
    mayRetry: mayRetryMethod({ method: plan.method, retry: context.retry }),
    signal,
  });
}
