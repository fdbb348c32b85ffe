import { describe, expect, it } from 'vitest';
import { actionFamily, findActions, methodActionFamily } from './action-family';

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

describe('findActions', () => {
  const actions = (text: string) => findActions(text.split(' ')).map(({ family, positions }) => `${family}:${positions.join(',')}`);

  it('reads a phrasal verb before its words alone, inflected too', () => {
    expect(actions('call off the order')).toEqual(['cancel:0,1']);
    expect(actions('we called off the launch')).toEqual(['cancel:1,2']);
    expect(actions('get rid of old builds')).toEqual(['delete:0,1,2']);
    // "set" alone updates; "set up" creates
    expect(actions('set up a webhook')).toEqual(['create:0,1']);
    expect(actions('set the topic')).toEqual(['update:0']);
  });

  it('finds the particle after the object, at most three words on', () => {
    expect(actions('take the garlic bread out of my order')).toEqual(['delete:0,4']);
    expect(actions('took Bob off the rota')).toEqual(['delete:0,2']);
    expect(actions('turn notifications back on')).toEqual(['update:0,3']);
    expect(actions('take a very long and winding look out')).toEqual([]);
  });

  it('keeps single action words around a phrase, in order', () => {
    expect(actions('shut down the server and delete it')).toEqual(['cancel:0,1', 'delete:5']);
    expect(actions('call the hotline')).toEqual([]);
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
