/** The agent state the apiwire middleware keeps per thread: revealed deferred tools and the calls a human approved. */
import { ReducedValue, StateSchema } from '@langchain/langgraph';
import { z } from 'zod';

/**
 * `apiwireRevealedTools`: names of deferred tools `search_tools` revealed in this thread (a union: parallel
 * searches add up). `apiwireApprovedToolCalls`: ids of the last AI message's approval-gated calls a human (or
 * the `approve` hook) approved; rewritten after every model call, so an approval never outlives its message.
 */
export const apiwireAgentState = new StateSchema({
  apiwireRevealedTools: new ReducedValue(z.array(z.string()).default(() => []), {
    inputSchema: z.array(z.string()).optional(),
    reducer: (current: string[], next: string[] | undefined) => [...new Set([...(current ?? []), ...(next ?? [])])],
  }),
  apiwireApprovedToolCalls: z.array(z.string()).default(() => []),
});
