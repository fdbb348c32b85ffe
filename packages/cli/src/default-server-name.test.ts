import { describe, expect, it } from 'vitest';
import { defaultServerName } from './default-server-name';

describe('defaultServerName', () => {
  it('names a server after its spec file, without versions, dates or generic words', () => {
    expect(defaultServerName('./specs/billing.yaml')).toBe('billing');
    expect(defaultServerName('/x/stripe-2023-09-12.yaml')).toBe('stripe');
    expect(defaultServerName('github-2022-07.json')).toBe('github');
    expect(defaultServerName('https://example.com/v3/openapi.json?token=1')).toBe('api');
    expect(defaultServerName('C:\\specs\\Pet Store.v2.yaml')).toBe('pet_store');
    expect(defaultServerName('readmeio-oas3.0_file-uploads.json')).toBe('readmeio_oas3_file');
    expect(defaultServerName('2024.yaml')).toBe('api');
  });
});
