import { describe, expect, it } from 'vitest';
import { loadApiServer } from '../index';

// x-openai-isConsequential read from a real spec by the real loader.
const spec = {
  openapi: '3.0.3',
  info: { title: 'Todo', version: '1' },
  servers: [{ url: 'http://127.0.0.1:9' }],
  paths: {
    '/todos': {
      get: { operationId: 'listTodos', responses: { '200': { description: 'ok' } } },
      post: { operationId: 'createTodo', 'x-openai-isConsequential': false, responses: { '201': { description: 'ok' } } },
    },
    '/todos/{id}': {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      get: { operationId: 'getTodo', 'x-openai-isConsequential': true, responses: { '200': { description: 'ok' } } },
      delete: { operationId: 'deleteTodo', responses: { '204': { description: 'ok' } } },
    },
  },
};

const gated = async (operations: Parameters<typeof loadApiServer>[0]['operations']) =>
  (await loadApiServer({ name: 'todo', spec, operations })).tools
    .filter((tool) => tool.requiresApproval)
    .map((tool) => tool.operation.operationId);

describe('x-openai-isConsequential', () => {
  it('is ignored unless the developer opts in', async () => {
    expect(await gated({ requireApproval: 'mutating' })).toEqual(['createTodo', 'deleteTodo']);
  });

  it('requires approval when true and lifts the mutating rule when false, with useConsequentialHint', async () => {
    expect(await gated({ requireApproval: 'mutating', useConsequentialHint: true })).toEqual(['getTodo', 'deleteTodo']);
    expect(await gated({ useConsequentialHint: true })).toEqual(['getTodo']);
    expect(await gated({ requireApproval: ['mutating', 'createTodo'], useConsequentialHint: true })).toEqual([
      'createTodo',
      'getTodo',
      'deleteTodo',
    ]);
  });
});
