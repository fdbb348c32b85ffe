import { describe, expect, it } from 'vitest';
import { defaultServerName } from './default-server-name';

describe('defaultServerName', () => {
  it("names a server after the API's title, without versions or generic words", () => {
    expect(defaultServerName({ spec: 'spec3.yaml', title: 'Stripe API' })).toBe('stripe');
    expect(defaultServerName({ spec: 'api.github.com.json', title: 'GitHub v3 REST API' })).toBe('github');
    expect(defaultServerName({ spec: 'openapi.yaml', title: 'Swagger Petstore - OpenAPI 3.0' })).toBe('petstore');
    expect(defaultServerName({ spec: 'x.yaml', title: 'Pet Store' })).toBe('pet_store');
  });

  it('falls back to the spec file, without versions, dates or generic words, then to api', () => {
    expect(defaultServerName({ spec: './specs/billing.yaml' })).toBe('billing');
    expect(defaultServerName({ spec: '/x/stripe-2023-09-12.yaml', title: 'API' })).toBe('stripe');
    expect(defaultServerName({ spec: 'github-2022-07.json', title: '' })).toBe('github');
    expect(defaultServerName({ spec: 'https://example.com/v3/openapi.json?token=1' })).toBe('api');
    expect(defaultServerName({ spec: 'C:\\specs\\Pet Store.v2.yaml' })).toBe('pet_store');
    expect(defaultServerName({ spec: '2024.yaml', title: '2024' })).toBe('api');
  });
});
