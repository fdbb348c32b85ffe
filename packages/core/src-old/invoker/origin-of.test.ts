import { describe, expect, it } from 'vitest';
import { originOf } from './origin-of';

describe('originOf', () => {
  it('gives scheme, host and port', () => {
    expect(originOf('https://API.example:8443/v1?x=1')).toBe('https://api.example:8443');
    expect(originOf('http://127.0.0.1:80/')).toBe('http://127.0.0.1');
  });

  it('refuses URLs that do not parse, have no origin, or carry user info', () => {
    expect(originOf('/relative')).toBeUndefined();
    expect(originOf('data:text/plain,hi')).toBeUndefined();
    expect(originOf('https://api.example@evil.test/')).toBeUndefined();
    expect(originOf('https://user:pass@api.example/')).toBeUndefined();
  });
});
