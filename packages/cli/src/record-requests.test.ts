import { afterAll, describe, expect, it } from 'vitest';
import { startStandInServer } from '@apiwire/fixtures';
import { recordRequests } from './record-requests';

const standIn = await startStandInServer();
afterAll(() => standIn.close());

describe('recordRequests', () => {
  it('records what is sent while armed, secrets masked, and still sends it unchanged', async () => {
    let armed = false;
    const recorder = recordRequests({ fetch: globalThis.fetch, armed: () => armed });
    await recorder.fetch(`${standIn.url}/specs/x.yaml`);
    expect(recorder.sent).toEqual([]);
    armed = true;
    const response = await recorder.fetch(
      new Request(`${standIn.url}/v1/charges`, {
        method: 'POST',
        headers: { authorization: 'Bearer sk_live_secret', 'x-api-key': 'k_123', 'content-type': 'application/json', 'x-trace': 't1' },
        body: '{"amount":100}',
      }),
    );
    expect(response.status).toBe(201);
    expect(recorder.sent).toEqual([
      {
        method: 'POST',
        url: `${standIn.url}/v1/charges`,
        headers: [
          ['authorization', 'Bearer ***'],
          ['content-type', 'application/json'],
          ['x-api-key', '***'],
          ['x-trace', 't1'],
        ],
        body: '{"amount":100}',
      },
    ]);
    expect(standIn.requests.at(-1)).toMatchObject({ body: '{"amount":100}', headers: { authorization: 'Bearer sk_live_secret' } });
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array([1, 2, 3])]), 'a.bin');
    await recorder.fetch(`${standIn.url}/v1/files`, { method: 'POST', body: form });
    expect(recorder.sent[1].body).toMatch(/^\(multipart body, \d+ bytes\)$/);
    expect(standIn.requests.at(-1)?.headers['content-type']).toMatch(/^multipart\/form-data/);
  });
});
