import { describe, expect, it } from 'vitest';
import { toolResultToModelOutput } from './index';

describe('toolResultToModelOutput', async () => {
  it('gives JSON bodies as JSON, text bodies as text, empty bodies as a sentence', async () => {
    expect(await toolResultToModelOutput({ ok: true, status: 200, data: { id: 'cus_1' }, contentType: 'application/json' })).toEqual({
      type: 'json',
      value: { id: 'cus_1' },
    });
    expect(await toolResultToModelOutput({ ok: true, status: 200, data: 'a,b\n1,2', contentType: 'text/csv' })).toEqual({
      type: 'text',
      value: 'a,b\n1,2',
    });
    expect(await toolResultToModelOutput({ ok: true, status: 204, data: null, contentType: undefined })).toEqual({
      type: 'text',
      value: 'HTTP 204: the operation succeeded with no response body.',
    });
  });

  it('says when a body was cut, and summarises binary bodies', async () => {
    // A JSON body cut at the size cap reaches the model as the valid JSON of its whole values.
    expect(await toolResultToModelOutput({ ok: true, status: 200, data: '{"a":1,"b":{"c":"cut he', contentType: 'application/json', truncated: true })).toEqual({
      type: 'json',
      value: { note: 'The API sent more than the response size limit; only the start was received.', result: { a: 1, b: {} } },
    });
    expect(await toolResultToModelOutput({ ok: true, status: 200, data: 'id,name\n1,a\n2,b', contentType: 'text/csv', truncated: true })).toEqual({
      type: 'text',
      value: 'id,name\n1,a\n\n[The API sent more than the response size limit; only the start was received.]', // whole lines only
    });
    expect(
      await toolResultToModelOutput({
        ok: true,
        status: 200,
        data: { contentType: 'application/pdf', size: 3, base64: 'AAAA' },
        contentType: 'application/pdf',
      }),
    ).toEqual({ type: 'text', value: 'HTTP 200: binary response (application/pdf, 3 bytes), not shown.' });
  });

  it('turns a denial into the SDK denial and other failures into errors naming the problem', async () => {
    expect(await toolResultToModelOutput({ ok: false, error: { kind: 'denied', message: 'Not approved.' } })).toEqual({
      type: 'execution-denied',
      reason: 'Not approved.',
    });
    expect(
      await toolResultToModelOutput({
        ok: false,
        status: 400,
        error: {
          kind: 'invalid_input',
          message: 'contactId: required',
          issues: [{ path: 'contactId', message: 'required' }],
        },
      }),
    ).toEqual({
      type: 'error-json',
      value: {
        error: 'invalid_input',
        message: 'contactId: required',
        status: 400,
        issues: ['contactId: required'],
      },
    });
    expect(
      await toolResultToModelOutput({ ok: false, status: 409, error: { kind: 'http_error', message: 'Conflict', body: { error: 'open invoices' } } }),
    ).toEqual({ type: 'error-json', value: { error: 'http_error', message: 'Conflict', status: 409, body: { error: 'open invoices' } } });
  });
});
