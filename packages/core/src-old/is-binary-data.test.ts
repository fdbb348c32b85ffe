import { describe, expect, it } from 'vitest';
import { isBinaryData } from './index';

describe('isBinaryData', () => {
  it('recognises the binary summary and nothing else', () => {
    expect(isBinaryData({ contentType: 'image/png', size: 3, base64: 'AAEC' })).toBe(true);
    expect(isBinaryData({ contentType: 'image/png', size: '3', base64: 'AAEC' })).toBe(false);
    expect(isBinaryData({ size: 3, base64: 'AAEC' })).toBe(false);
    expect(isBinaryData('AAEC')).toBe(false);
    expect(isBinaryData(null)).toBe(false);
  });
});
