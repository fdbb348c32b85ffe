/** One tool call, in phases: prepare (validate, serialise, check the origin), gate (approval), send with retries, read. */
import { checkApproval } from '../approval/check-approval';
import type { InvokeOptions } from '../tool-descriptor';
import type { ToolResult } from '../tool-result';
import type { CallTarget } from './call-target';
import { prepareCall } from './prepare-call';
import { mayRetryMethod } from './retry-delay';
import { retryWithBackoff } from './retry-with-backoff';
import { sendAttempt } from './send-attempt';

/** Invokes one operation; returns every failure the model can act on as a value. Throws only on developer misconfiguration or the caller's abort. */
export async function invokeOperation(options: CallTarget & { input: unknown; invokeOptions?: InvokeOptions }): Promise<ToolResult> {
  // `options` is the CallTarget every phase reads (its extra fields go along unread: no copy per call)
  const { context, plan, descriptor, invokeOptions } = options;
  const preparation = prepareCall(options);
  if (!preparation.ok) return preparation.result;
  const call = preparation.call;

  // Most tools need no approval: they skip the gate's promise.
  const denied = descriptor.requiresApproval && (await checkApproval({
    tool: descriptor,
    input: call.input,
    request: call.summary,
    approval: invokeOptions?.approval,
    approve: context.options.approve,
  }));
  if (denied) return denied;

  const signal = invokeOptions?.signal;
  const oauth = { refreshed: false };
  return retryWithBackoff({
    send: () => sendAttempt({ ...options, callContext: invokeOptions?.callContext, call, signal, oauth }),
    retry: context.retry,
    mayRetry: mayRetryMethod({ method: plan.method, retry: context.retry }),
    signal,
  });
}
