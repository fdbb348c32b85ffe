import { describe, expect, it } from 'vitest';
import { cleanDescription } from './clean-description';
import { toolDescription } from './tool-description';

describe('tool descriptions', () => {
  it('joins summary and description, without repeating a summary the description starts with', () => {
    expect(toolDescription({ summary: 'List pets', description: 'Returns all pets.', method: 'GET', path: '/pets' })).toBe('List pets.\n\nReturns all pets.');
    expect(toolDescription({ summary: 'List pets', description: 'List pets, newest first.', method: 'GET', path: '/pets' })).toBe('List pets, newest first.');
    expect(toolDescription({ method: 'GET', path: '/pets' })).toBe('GET /pets');
  });

  it('marks deprecated operations', () => {
    expect(toolDescription({ summary: 'Search', deprecated: true, method: 'GET', path: '/s' })).toBe('Deprecated. Search.');
  });

  it('trims HTML and markdown noise', () => {
    const text = cleanDescription({
      text: '<p>Creates a <b>payment</b>&nbsp;&amp; returns it.</p><p>See [the guide](https://x.test/guide) and ![img](a.png).</p>\n\n\n## Capture\n\n**Note**: `capture` &lt;= 7 days.<br/>Done &#8212; ok',
    });
    expect(text).toBe('Creates a payment & returns it.\nSee the guide and img.\n\nCapture\n\nNote: `capture` <= 7 days.\nDone — ok');
  });

  it('cuts long text at a word boundary past the limit, never rejecting it', () => {
    const long = `${'word '.repeat(400)}end`;
    const cut = toolDescription({ summary: 'Big', description: long, method: 'GET', path: '/', maxLength: 100 });
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(cut.endsWith('word…')).toBe(true);
    expect(toolDescription({ description: long, method: 'GET', path: '/' }).length).toBeLessThanOrEqual(1024);
  });
});
