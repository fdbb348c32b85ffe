import { describe, expect, it } from 'vitest';
import { crudVerbFamily, operationVerbFamily } from './crud-verb-family';

describe('crudVerbFamily', () => {
  it('maps everyday verbs and their inflections to a family', () => {
    expect(['get', 'fetch', 'show', 'retrieve', 'look'].map(crudVerbFamily)).toEqual(['get', 'get', 'get', 'get', 'get']);
    expect(['list', 'all'].map(crudVerbFamily)).toEqual(['list', 'list']);
    expect(['create', 'add', 'new', 'open', 'creates', 'creating'].map(crudVerbFamily)).toEqual(Array(6).fill('create'));
    expect(['update', 'edit', 'change', 'set', 'updates', 'edited'].map(crudVerbFamily)).toEqual(Array(6).fill('update'));
    expect(['delete', 'remove', 'cancel', 'deletes', 'removing'].map(crudVerbFamily)).toEqual(Array(5).fill('delete'));
  });

  it('leaves other words alone, including short stems', () => {
    expect(['invoice', 'settings', 'news', 'getter'].map(crudVerbFamily)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('operationVerbFamily', () => {
  it('reads the family from the method and whether the path ends at one item', () => {
    expect(operationVerbFamily({ method: 'GET', path: '/invoices' })).toBe('list');
    expect(operationVerbFamily({ method: 'GET', path: '/invoices/{id}' })).toBe('get');
    expect(operationVerbFamily({ method: 'POST', path: '/invoices' })).toBe('create');
    expect(operationVerbFamily({ method: 'POST', path: '/v1/customers/{customer}' })).toBe('update');
    expect(operationVerbFamily({ method: 'PATCH', path: '/invoices/{id}' })).toBe('update');
    expect(operationVerbFamily({ method: 'DELETE', path: '/invoices/{id}' })).toBe('delete');
    expect(operationVerbFamily({ method: 'OPTIONS', path: '/' })).toBeUndefined();
  });
});
