/** Creates the per-server invoker: shared transport, auth state (OAuth token cache) and the per-tool `invoke`. */
import type { ApiServer } from '../api-server';
import type { LoadApiServerOptions } from '../load-api-server-options';
import type { OperationPlan } from '../operation-plan';
import type { InvokeOptions, ToolDescriptor } from '../tool-descriptor';
import type { ToolResult } from '../tool-result';

/** The invoker of one server. `invokeFor` builds the `invoke` function of one tool. */
export interface ServerInvoker {
  invokeFor(options: {
    plan: OperationPlan;
    /** The descriptor the invoke belongs to (read lazily: flags are set after creation). */
    descriptor: () => ToolDescriptor;
  }): (input: unknown, options?: InvokeOptions) => Promise<ToolResult>;
}

/** Creates the invoker for one server. */
export function createServerInvoker(options: {
  server: Pick<ApiServer, 'name' | 'baseUrl'>;
  options: LoadApiServerOptions;
}): ServerInvoker {
  void options;
  return {
    invokeFor() {
      return async () => ({
        ok: false,
        error: { kind: 'network', message: 'The invoker is not built yet.' },
      });
    },
  };
}
