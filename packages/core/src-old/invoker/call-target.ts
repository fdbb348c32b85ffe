/** What every phase of one call reads: the invoker's state, the operation and its tool, where the request goes. */
import type { OperationPlan } from '../operation-plan';
import type { ToolDescriptor } from '../tool-descriptor';
import type { InvokerContext } from './invoker-context';
import type { PreparedOperation } from './prepare-operation';

/** The operation a call runs, shared by prepare, send and read (`invokeOperation` passes it on whole). */
export interface CallTarget {
  context: InvokerContext;
  plan: OperationPlan;
  descriptor: ToolDescriptor;
  baseUrl: string;
  /** Per-tool facts computed once: credential query names; the credentials themselves when they never change. */
  prepared: PreparedOperation;
}
