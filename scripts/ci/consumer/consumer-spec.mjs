// The small OpenAPI document both consumer checks load.
export const consumerSpec = {
  openapi: '3.1.0',
  info: { title: 'Shop', version: '1.0.0' },
  paths: {
    '/orders/{orderId}': {
      get: {
        operationId: 'getOrder',
        summary: 'Get an order',
        parameters: [{ name: 'orderId', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { 200: { description: 'The order', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
};
