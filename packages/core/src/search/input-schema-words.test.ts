import { describe, expect, it } from 'vitest';
import { createToolCatalog, loadApiServer } from '../index';
import { inputSchemaWords } from './input-schema-words';

describe('inputSchemaWords', () => {
  it('reads property names and descriptions two levels deep, through $defs, items and branches', () => {
    const words = inputSchemaWords({
      type: 'object',
      properties: {
        body: { $ref: '#/$defs/Order' },
        tags: { type: 'array', items: { oneOf: [{ type: 'object', properties: { colour: { type: 'string' } } }] } },
      },
      $defs: {
        Order: {
          type: 'object',
          properties: {
            shipping_address: { description: 'Where the parcel goes', type: 'object', properties: { postcode: { type: 'string' } } },
          },
        },
      },
    });
    expect(words).toEqual(['body', 'shipping_address', 'Where the parcel goes', 'tags', 'colour']);
    expect(words).not.toContain('postcode'); // three properties deep
  });

  it('ends at a schema that refers to itself', () => {
    const words = inputSchemaWords({
      type: 'object',
      properties: { node: { $ref: '#/$defs/Node' } },
      $defs: { Node: { type: 'object', properties: { child: { $ref: '#/$defs/Node' }, label: { type: 'string' } } } },
    });
    expect(words).toEqual(['node', 'child', 'label']);
  });
});

describe('the input words in the ranking', () => {
  it('finds an operation by the words of a body field it takes, which its summary never uses', async () => {
    const spec = {
      openapi: '3.0.3',
      info: { title: 'shop', version: '1' },
      paths: {
        '/orders/{id}': {
          patch: {
            operationId: 'updateOrder',
            summary: 'Update an order',
            parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
            requestBody: {
              content: {
                'application/json': {
                  schema: { type: 'object', properties: { delivery_window: { type: 'string', description: 'The courier slot for delivery' } } },
                },
              },
            },
          },
          get: { operationId: 'getOrder', summary: 'Get an order', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }] },
        },
        '/couriers': { get: { operationId: 'listCouriers', summary: 'List couriers' } },
      },
    };
    const shop = await loadApiServer({ name: 'shop', spec, baseUrl: 'http://127.0.0.1:9' });
    const catalog = createToolCatalog([shop]);
    expect(catalog.rank('change the courier slot', { limit: 1 }).map((match) => match.descriptor.name)).toEqual(['shop_update_order']);
  });
});
