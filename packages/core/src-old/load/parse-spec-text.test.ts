import { describe, expect, it } from 'vitest';
import { parseSpecText } from './parse-spec-text';

describe('parseSpecText', () => {
  it('reads YAML the way OpenAPI documents need: merge keys, dates as text, last duplicate wins', async () => {
    const document = await parseSpecText({
      source: 'text',
      text: [
        'openapi: 3.0.3',
        'base: &base {type: object, nullable: true}',
        'merged:',
        '  <<: *base',
        '  description: with merge',
        'example: 2023-09-12',
        'empty: ~',
        'version: 1.10',
        'flag: yes',
        'dup: first',
        'dup: second',
      ].join('\n'),
    });
    expect(document).toEqual({
      openapi: '3.0.3',
      base: { type: 'object', nullable: true },
      merged: { type: 'object', nullable: true, description: 'with merge' },
      example: '2023-09-12',
      empty: null,
      version: 1.1,
      flag: 'yes',
      dup: 'second',
    });
  });

  it('reads JSON with JSON.parse, a byte order mark first or not', async () => {
    expect(await parseSpecText({ source: 'text', text: '\ufeff {"openapi": "3.1.0"}' })).toEqual({ openapi: '3.1.0' });
  });
});
