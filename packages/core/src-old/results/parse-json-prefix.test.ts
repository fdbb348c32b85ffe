import { describe, expect, it } from 'vitest';
import { parseJsonPrefix } from '../index';

describe('parseJsonPrefix', () => {
  it('closes what is open and leaves out the value cut in the middle', () => {
    expect(parseJsonPrefix('{"total":3,"items":[{"id":1},{"id":2,"na')).toEqual({ total: 3, items: [{ id: 1 }] });
    expect(parseJsonPrefix('[{"id":1,"tags":["a"]},{"id":2,"tags":["b","c')).toEqual([{ id: 1, tags: ['a'] }]);
    expect(parseJsonPrefix('[1,2,12')).toEqual([1, 2]); // 12 may be the start of 1234
    expect(parseJsonPrefix('["a","b","unfinished')).toEqual(['a', 'b']);
    expect(parseJsonPrefix('{"a":1,"b":{"c":"unfinished')).toEqual({ a: 1, b: {} });
    expect(parseJsonPrefix('{"data":{"rows":[{"id":1},{"id":2},{"id"')).toEqual({ data: { rows: [{ id: 1 }, { id: 2 }] } });
  });

  it('never shows a part of an item as if whole: an item that may be cut is dropped', () => {
    // Cut right after the second item: it is whole, but the text cannot tell, so it goes too.
    expect(parseJsonPrefix('[{"id":1},{"id":2}')).toEqual([{ id: 1 }]);
  });

  it('is undefined when no JSON starts the text', () => {
    expect(parseJsonPrefix('')).toBeUndefined();
    expect(parseJsonPrefix('<html>')).toBeUndefined();
  });
});
