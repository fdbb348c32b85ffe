import { describe, expect, it } from 'vitest';
import { createSchemaConverter } from '../schema/create-schema-converter';
import { createNestedKeysSafer } from '../schema/make-nested-keys-safe';
import { buildTool } from './build-tool';
import { collectOperations } from './collect-operations';
import { securitySchemesOf } from './security-for-operation';

const document = {
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  security: [{ bearer: [] }],
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' }, basic: { type: 'http', scheme: 'basic' } },
    responses: { Report: { description: 'csv', content: { 'text/csv': { schema: { type: 'string' } } } } },
  },
  paths: {
    '/reports/{id}': {
      servers: [{ url: 'https://{region}.reports.test/v1', variables: { region: { default: 'eu' } } }],
      get: {
        operationId: 'getReport',
        tags: ['reports'],
        'x-openai-isConsequential': false,
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { $ref: '#/components/responses/Report' } },
      },
      put: {
        operationId: 'putReport',
        deprecated: true,
        security: [],
        servers: [{ url: '/relative' }],
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { title: { type: 'string' } } } } } },
        responses: { '204': { description: 'done' }, '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { ok: { type: 'boolean' } } } } } } },
      },
    },
  },
};

describe('buildTool', () => {
  it('builds the OperationPlan: security, schemes, servers, response media types, body', () => {
    const converter = createSchemaConverter({ document, source: 'test' });
    const schemes = securitySchemesOf({ document, resolve: converter.resolve });
    const [get, put] = collectOperations({ document, source: 'test' }).operations.map((spec) =>
      buildTool({ spec, document, converter, safeKeys: createNestedKeysSafer(), schemes, baseUrl: 'https://api.test', auth: undefined }),
    );
    expect(get.plan).toEqual({
      method: 'GET',
      path: '/reports/{id}',
      parameters: [
        { property: 'id', name: 'id', in: 'path', style: 'simple', explode: false, allowReserved: false, required: true, schema: { type: 'string', minLength: 1 } },
      ],
      security: [{ bearer: [] }],
      securitySchemes: schemes,
      servers: ['https://eu.reports.test/v1'],
      responseMediaTypes: ['text/csv'],
    });
    expect(get.operation).toEqual({
      operationId: 'getReport',
      method: 'GET',
      path: '/reports/{id}',
      tags: ['reports'],
      deprecated: false,
      extensions: { 'x-openai-isConsequential': false },
    });
    expect(get.outputSchema()).toBeUndefined();
    expect(put.plan.security).toEqual([]);
    expect(put.plan.servers).toEqual(['https://api.test/relative']);
    // integer-like keys iterate in numeric order in JavaScript, so '200' comes before '204' whatever the spec order
    expect(put.plan.responseMediaTypes).toEqual(['application/json']);
    expect(put.plan.body).toMatchObject({ mediaType: 'application/json', mode: 'spread', fields: [{ property: 'title', name: 'title' }], required: false });
    expect(put.outputSchema()).toEqual({ type: 'object', properties: { ok: { type: 'boolean' } } });
    expect(put.description).toBe('Deprecated. PUT /reports/{id}');
    expect(schemes).toEqual({ bearer: { type: 'http', scheme: 'bearer' }, basic: { type: 'http', scheme: 'basic' } });
  });
});
