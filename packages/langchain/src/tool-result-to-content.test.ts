import { describe, expect, test } from 'vitest';
import { toolResultContent, toolResultToContent } from './index';

describe('toolResultToContent', () => {
  test('JSON bodies as JSON text, text bodies as text, errors as JSON naming the kind', async () => {
    expect(JSON.parse(await toolResultToContent({ ok: true, status: 200, data: { id: 'cus_1' }, contentType: 'application/json' }))).toEqual({
      id: 'cus_1',
    });
    expect(await toolResultToContent({ ok: true, status: 200, data: 'a,b\n1,2', contentType: 'text/csv' })).toBe('a,b\n1,2');
    const denied = await toolResultToContent({ ok: false, error: { kind: 'denied', message: 'Not approved.' } });
    expect(JSON.parse(denied)).toMatchObject({ error: 'denied' });
    expect(denied).toContain('Not approved.');
  });

  test('the deprecated toolResultContent is the same function', () => {
    expect(toolResultContent).toBe(toolResultToContent);
  });
});
