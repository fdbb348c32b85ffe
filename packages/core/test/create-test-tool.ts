/** A tool built by hand from an OperationPlan, the way the loader builds one, for invoker unit tests. */
import type { ZodType } from 'zod';
import type { LoadApiServerOptions } from '../src/load-api-server-options';
import type { BodyBinding, OperationPlan, ParameterBinding } from '../src/operation-plan';
import type { HttpMethod, ToolDescriptor } from '../src/tool-descriptor';
import { createServerInvoker } from '../src/invoker/create-server-invoker';

/** A parameter binding with the location's default style. */
export function testParameter(
  property: string,
  location: ParameterBinding['in'],
  extra: Partial<ParameterBinding> = {},
): ParameterBinding {
  const style = { path: 'simple', query: 'form', header: 'simple', cookie: 'form' }[location];
  return {
    property,
    name: property,
    in: location,
    style,
    explode: style === 'form',
    allowReserved: false,
    required: location === 'path',
    schema: { type: 'string' },
    ...extra,
  };
}

/** Builds one tool whose `invoke` is the real invoker's. */
export function createTestTool(options: {
  baseUrl: string;
  method?: HttpMethod;
  path: string;
  parameters?: ParameterBinding[];
  body?: BodyBinding;
  zod: ZodType;
  plan?: Partial<OperationPlan>;
  server?: Partial<LoadApiServerOptions>;
  requiresApproval?: boolean;
}): ToolDescriptor {
  const plan: OperationPlan = {
    method: options.method ?? 'GET',
    path: options.path,
    parameters: options.parameters ?? [],
    body: options.body,
    securitySchemes: {},
    responseMediaTypes: ['application/json'],
    ...options.plan,
  };
  const invoker = createServerInvoker({
    server: { name: 'test', baseUrl: options.baseUrl },
    options: { name: 'test', spec: {}, retry: false, ...options.server },
  });
  const descriptor: ToolDescriptor = {
    name: 'test_tool',
    id: 'test.tool',
    server: 'test',
    description: '',
    inputSchema: { type: 'object', properties: {}, additionalProperties: false },
    zodSchema: options.zod,
    operation: { method: plan.method, path: plan.path, tags: [], deprecated: false },
    requiresApproval: options.requiresApproval ?? false,
    deferred: false,
    invoke: async () => ({ ok: false, error: { kind: 'network', message: 'not wired' } }),
  };
  descriptor.invoke = invoker.invokeFor({ plan, descriptor: () => descriptor });
  return descriptor;
}
