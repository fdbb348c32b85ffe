import { describe, expect, it } from 'vitest';
import { formatTable } from './format-table';

describe('formatTable', () => {
  it('aligns text left and numbers right', () => {
    expect(formatTable({ columns: ['NAME', 'TOKENS'], rows: [['a_long_name', 5], ['b', 1234]] })).toEqual([
      'NAME         TOKENS',
      '-----------  ------',
      'a_long_name       5',
      'b              1234',
    ]);
  });
});
