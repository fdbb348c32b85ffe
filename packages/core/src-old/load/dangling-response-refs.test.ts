import { describe, expect, it } from 'vitest';
import { loadApiServer } from '../index';

const spec = (schemaRef: string, responseRef?: string) => ({
  openapi: '3.0.3',
  info: { title: 'T', version: '1' },
  servers: [{ url: 'https://api.example.com' }],
  paths: {
    '/a': { get: { operationId: 'getA', responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: schemaRef } } } } } } },
    '/b': { get: { operationId: 'getB', responses: { '200': { $ref: responseRef ?? '#/components/responses/Ok' } } } },
  },
  components: {
    schemas: { Thing: { type: 'object', properties: { id: { type: 'string' } } } },
    responses: { Ok: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } },
  },
});

describe('dangling response $refs', () => {
  it('are warnings at load time, naming the operation and the pointer', async () => {
    const server = await loadApiServer({ name: 't', spec: spec('#/components/schemas/Missing', '#/components/responses/Gone') });
    expect(server.tools.map((tool) => tool.name)).toEqual(['t_get_a', 't_get_b']);
    expect(server.warnings).toEqual([
      {
        pointer: '/paths/~1a/get/responses/200/content/application~1json/schema/$ref',
        operation: 'GET /a',
        tool: 't_get_a',
        message: "The $ref '#/components/schemas/Missing' points nowhere; the tool has no output schema for this response.",
      },
      {
        pointer: '/paths/~1b/get/responses/200/$ref',
        operation: 'GET /b',
        tool: 't_get_b',
        message: "The $ref '#/components/responses/Gone' points nowhere; the tool has no output schema for this response.",
      },
    ]);
  });

  it('leave a spec whose refs resolve without warnings', async () => {
    const server = await loadApiServer({ name: 't', spec: spec('#/components/schemas/Thing') });
    expect(server.warnings).toEqual([]);
    expect(server.tool('t_get_b')?.outputSchema).toMatchObject({ type: 'object', properties: { id: { type: 'string' } } });
  });
});
