/** The agent state the apiwire middleware keeps per thread: revealed deferred tools and the calls a human approved. */
import type { BaseMessage } from '@langchain/core/messages';
import { z } from 'zod';

/**
 * `apiwireRevealedTools`: names of deferred tools `search_tools` revealed in this thread (synced from the
 * search results before each model call). `apiwireApprovedToolCalls`: ids of the last AI message's
 * approval-gated calls a human (or the `approve` hook) approved; rewritten after every model call, so an
 * approval never outlives its message. Each field has one writer per step, so plain values suffice.
 */
export const apiwireAgentState = z.object({
  apiwireRevealedTools: z.array(z.string()).default(() => []),
  apiwireApprovedToolCalls: z.array(z.string()).default(() => []),
});

/** The part of the agent state the middleware reads: the messages and the two fields of `apiwireAgentState`. */
export interface ApiwireState {
  messages: BaseMessage[];
  apiwireRevealedTools?: string[];
  apiwireApprovedToolCalls?: string[];
}
