import { describe, expect, it } from 'vitest';
import { actionFamily, methodActionFamily } from './action-family';

describe('actionFamily', () => {
  it('maps everyday verbs and their inflections to a family', () => {
    expect(['get', 'fetch', 'show', 'retrieve', 'download'].map(actionFamily)).toEqual(Array(5).fill('get'));
    expect(['list', 'all', 'browse'].map(actionFamily)).toEqual(Array(3).fill('list'));
    expect(['create', 'add', 'new', 'publish', 'creates', 'creating'].map(actionFamily)).toEqual(Array(6).fill('create'));
    expect(['update', 'edit', 'change', 'rename', 'updates', 'edited'].map(actionFamily)).toEqual(Array(6).fill('update'));
    expect(['delete', 'remove', 'detach', 'deletes', 'removing'].map(actionFamily)).toEqual(Array(5).fill('delete'));
    expect(['cancel', 'stop', 'abort', 'canceled', 'stopping'].map(actionFamily)).toEqual(Array(5).fill('cancel'));
  });

  it('leaves other words alone, and nouns made from a verb', () => {
    expect(['invoice', 'settings', 'news', 'attachments', 'publisher'].map(actionFamily)).toEqual(Array(5).fill(undefined));
  });
});

describe('methodActionFamily', () => {
  it('reads the family from the method and whether the path ends at one item', () => {
    expect(methodActionFamily({ method: 'GET', path: '/invoices' })).toBe('list');
    expect(methodActionFamily({ method: 'GET', path: '/invoices/{id}' })).toBe('get');
    expect(methodActionFamily({ method: 'POST', path: '/invoices' })).toBe('create');
    expect(methodActionFamily({ method: 'POST', path: '/v1/customers/{customer}' })).toBe('update');
    expect(methodActionFamily({ method: 'PATCH', path: '/invoices/{id}' })).toBe('update');
    expect(methodActionFamily({ method: 'DELETE', path: '/invoices/{id}' })).toBe('delete');
    expect(methodActionFamily({ method: 'OPTIONS', path: '/' })).toBeUndefined();
  });
});
