import { describe, expect, it } from 'vitest';
import { ApiwireError, SpecError } from './index';

describe('SpecError', () => {
  it('carries a pointer and is recognised across copies by its marker', () => {
    const error = new SpecError({ message: 'paths is missing', pointer: '/paths', source: 'billing.yaml' });
    expect(error.name).toBe('ApiwireSpecError');
    expect(error.pointer).toBe('/paths');
    expect(error.message).toBe('paths is missing (at #/paths in billing.yaml)');
    expect(SpecError.isInstance(error)).toBe(true);
    expect(ApiwireError.isInstance(error)).toBe(true);
    expect(SpecError.isInstance(new Error('x'))).toBe(false);
    const lookalike = { [Symbol.for('apiwire.error.ApiwireSpecError')]: true };
    expect(SpecError.isInstance(lookalike)).toBe(true);
  });
});
